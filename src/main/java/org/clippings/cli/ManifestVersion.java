package org.clippings.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so {@code --version} always matches the build. */
final class ManifestVersion implements IVersionProvider {

  static String version() {
    String v = ManifestVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Clippings " + version(), "Java " + System.getProperty("java.version")};
  }
}
