package dev.launchlint.report;

import java.util.Objects;

/** The kit a report is about: its folder name and its root as given. */
public record KitInfo(String name, String root) {

  public KitInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(root, "root");
  }
}
