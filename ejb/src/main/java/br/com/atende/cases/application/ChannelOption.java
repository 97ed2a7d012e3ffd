package br.com.atende.cases.application;

import java.io.Serializable;

/** A contact channel as the opening form offers it, with its names in both languages. */
public record ChannelOption(String code, String namePt, String nameEn) implements Serializable {

  /** The name in the viewer's language: English for "en", Portuguese otherwise. */
  public String name(String language) {
    return "en".equals(language) ? nameEn : namePt;
  }
}
