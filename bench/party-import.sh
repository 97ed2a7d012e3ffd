# Sourced by bench/import-resume.sh and bench/faults.sh (which define sql, their psql on the database in use).
# parties_csv <rows> <file>: a party import file of <rows> people, each with a valid CPF of its own (a random first
# one, then the next numbers) and a contact; their names start with "Importada ".
parties_csv() {
  awk -v rows="$1" -v first="$((100000000 + RANDOM * 20))" 'BEGIN {
    print "kind,name,tax_id,phone,email"
    for (i = 0; i < rows; i++) {
      base = sprintf("%09d", first + i)
      sum = 0; for (k = 1; k <= 9; k++) sum += substr(base, k, 1) * (11 - k)
      d1 = (sum * 10) % 11; if (d1 == 10) d1 = 0
      sum = 0; for (k = 1; k <= 9; k++) sum += substr(base, k, 1) * (12 - k); sum += d1 * 2
      d2 = (sum * 10) % 11; if (d2 == 10) d2 = 0
      printf "PERSON,Importada %d,%s%d%d,(31) 3333-%04d,importada%d@example.com\n", i, base, d1, d2, i % 10000, i
    }
  }' > "$2"
}

# upload_import <url of atende/> <file> <cookie jar>: logs in as admin and uploads the file on the import page, as a
# browser does; sets import_id (the import it started, from the database) and uploaded (the time, in seconds).
upload_import() {
  local page view_state
  rm -f "$3"
  curl -s -o /dev/null -c "$3" -b "$3" "$1admin/import.xhtml"
  curl -s -o /dev/null -c "$3" -b "$3" --data-urlencode "j_username=admin" --data-urlencode "j_password=atende" \
    "$1j_security_check"
  page=$(curl -s -c "$3" -b "$3" "$1admin/import.xhtml")
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
  [ -n "$view_state" ] || { echo "No import form (not logged in as admin?)" >&2; return 1; }
  uploaded=$(date +%s.%N)
  curl -s -o "$3.upload.html" -c "$3" -b "$3" -F "importForm=importForm" -F "importForm:file=@$2;type=text/csv" \
    -F "importForm:start=" -F "jakarta.faces.ViewState=$view_state" "$1admin/import.xhtml"
  import_id=$(sql -c "SELECT max(id) FROM party_import")
  [ -n "$import_id" ] || { echo "The upload started no import; see $3.upload.html" >&2; return 1; }
}
