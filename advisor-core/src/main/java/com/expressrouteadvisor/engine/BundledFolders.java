package com.expressrouteadvisor.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The copies of {@code rules/}, {@code facts/reference/} and the fact catalog {@code facts/expressroute-facts.csv}
 * packaged inside the jar, used when no folder is given. They are read through the jar's file system, so the same code reads a folder or the jar.
 */
public final class BundledFolders {

    public static final String RULES = "bundled/rules";
    public static final String REFERENCE = "bundled/reference";
    /** Beside {@link #RULES}, so the bundled rules find their fact catalog as ./rules finds ./facts. */
    public static final String FACTS = "bundled/facts";

    private BundledFolders() {
    }

    public static Path rules() {
        return locate(RULES);
    }

    public static Path reference() {
        return locate(REFERENCE);
    }

    public static Path facts() {
        return locate(FACTS);
    }

    /** The folder the user named, else the one in the working directory if it exists, else the bundled one. */
    public static Path resolve(Path given, Path inWorkingDirectory, String bundled) {
        if (given != null) {
            return given;
        }
        return Files.isDirectory(inWorkingDirectory) ? inWorkingDirectory : locate(bundled);
    }

    private static Path locate(String folder) {
        URL url = BundledFolders.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("this build has no bundled " + folder);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/" + folder);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read bundled " + folder + " at " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar for bundled " + folder, e);
        }
    }
}
