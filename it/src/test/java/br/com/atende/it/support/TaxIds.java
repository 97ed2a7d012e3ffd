package br.com.atende.it.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid CPFs and CNPJs that no other test and no earlier run uses (random, check digits computed).
 */
public final class TaxIds {

  private TaxIds() {}

  /** Valid CPFs of this run: random nine digits each, so that no other test or run has them. */
  public static String[] cpfs(int count) {
    String[] cpfs = new String[count];
    for (int i = 0; i < count; i++) {
      String base = String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
      int first = cpfDigit(base, 10);
      int second = cpfDigit(base + first, 11);
      cpfs[i] = base + first + second;
    }
    return cpfs;
  }

  private static int cpfDigit(String digits, int firstWeight) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * (firstWeight - i);
    }
    int remainder = sum * 10 % 11;
    return remainder == 10 ? 0 : remainder;
  }

  /** A valid numeric CNPJ of this run. */
  public static String cnpj() {
    String base = String.format("%08d0001", ThreadLocalRandom.current().nextLong(100_000_000L));
    int[] weights = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    for (int length = 12; length <= 13; length++) {
      int sum = 0;
      for (int i = 0; i < length; i++) {
        sum += (base.charAt(i) - '0') * weights[weights.length - length + i];
      }
      int remainder = sum % 11;
      base += remainder < 2 ? 0 : 11 - remainder;
    }
    return base;
  }
}
