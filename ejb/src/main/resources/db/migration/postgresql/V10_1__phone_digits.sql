-- Fills the phone digits of the parties and contacts stored before V10 (the application keeps them from then on).
UPDATE party SET phone_digits = regexp_replace(regexp_replace(phone, '[^0-9]', '', 'g'), '^(55(?=[0-9]{10,11}$)|0)', '')
    WHERE phone IS NOT NULL;
UPDATE contact SET phone_digits = regexp_replace(regexp_replace(phone, '[^0-9]', '', 'g'), '^(55(?=[0-9]{10,11}$)|0)', '')
    WHERE phone IS NOT NULL;
