package org.caseflow.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a folder of bundled text files from the class path, in a jar or on disk. */
final class Resources {
  private Resources() {}

  /**
   * Every file under the folder (relative to the class's package), keyed by its path inside it with
   * {@code /} separators, e.g. {@code parts/cla_spell.sql}.
   */
  static Map<String, String> under(Class<?> anchor, String folder) {
    URL url = anchor.getResource(folder);
    if (url == null) {
      throw new IllegalStateException("the bundled " + folder + " are missing from the class path");
    }
    return under(url, folder);
  }

  /** Every file under the folder at the URL ({@code file:} or {@code jar:}), keyed as above. */
  static Map<String, String> under(URL url, String folder) {
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return read(fs.provider().getPath(uri));
      }
      return read(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the location of " + folder + " cannot be read: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        out.put(name, Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
