package com.expressrouteadvisor.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file of a folder (the rules, the reference data) as bytes, so that the driver's folder reaches the
 * executors in a broadcast and is written out there as it was. Read from a directory or from the jar.
 *
 * @param files relative path with {@code /} separators to content, in name order
 * @param hash  SHA-256 over names and contents: executors keep one advisor per hash
 */
record FolderSnapshot(TreeMap<String, byte[]> files, String hash) implements Serializable {

    static FolderSnapshot of(Path folder) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/"),
                        Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        return new FolderSnapshot(files, hash(files));
    }

    /** Writes the files under {@code folder}, which is created. */
    Path writeTo(Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.createDirectories(folder);
        return folder;
    }

    long bytes() {
        return files.values().stream().mapToLong(content -> content.length).sum();
    }

    private static String hash(TreeMap<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
