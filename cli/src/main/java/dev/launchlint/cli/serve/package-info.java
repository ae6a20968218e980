/**
 * {@code launchlint serve}: a local web page over the pipeline. Takes a folder of kits or kits
 * uploaded from a browser; gives the page (HTML, CSS and one script, served from the jar) and a small
 * JSON API on 127.0.0.1 behind a random token. {@link dev.launchlint.cli.serve.WebServer} is its
 * one public face; see docs/serve.md.
 */
package dev.launchlint.cli.serve;
