package dev.launchlint.analyze;

/** One token of a sentence: its text, Universal Dependencies POS tag and {@code [start, end)} in the sentence. */
record Token(String text, String tag, int start, int end) {

  boolean isNoun() {
    return tag.equals("NOUN") || tag.equals("PROPN");
  }

  boolean isVerb() {
    return tag.equals("VERB") || tag.equals("AUX");
  }

  boolean isWord() {
    return Text.hasWordChar(text);
  }
}
