package br.com.atende.timekeeping.model;

/** What a travel rate is charged for: each trip, or each kilometre driven. */
public enum TravelBasis {
  PER_TRIP,
  PER_KM
}
