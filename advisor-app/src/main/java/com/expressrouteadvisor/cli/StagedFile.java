package com.expressrouteadvisor.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An output file written under a hidden name beside its destination ({@code .results.ndjson.<pid>-<nanos>.part})
 * and put in place only when complete, so a failed or interrupted run never leaves a half file that looks
 * whole. Creating one checks the destination at once (not a folder, the folder writable) and removes what
 * runs that died (kill -9, a power cut) left for the same destination; a live run's file is never touched.
 *
 * <p>A symbolic link is written through: the file it names is staged and replaced, the link stays. A destination
 * that exists and is no regular file (a device such as {@code /dev/null}, a named pipe, a socket) is written
 * straight, as a shell redirection would: it cannot be replaced by a file, and whoever reads it sees the data
 * as it comes, so there is nothing to stage and nothing to remove or put back.
 *
 * <pre>{@code
 * try (StagedFile rejects = StagedFile.create(path, "rejects", WhenEmpty.REMOVE_FILE);
 *      StagedFile results = StagedFile.create(out, "results", WhenEmpty.KEEP_EMPTY_FILE)) {
 *     …write both streams…
 *     StagedFile.commitTogether(rejects, results);
 * }
 * }</pre>
 */
final class StagedFile implements Closeable {

    private static final int BUFFER = 1 << 16;
    private static final String STAGED = "part";
    private static final String PREVIOUS = "previous";

    /** What a file with nothing written in it becomes when committed. */
    enum WhenEmpty {
        KEEP_EMPTY_FILE,
        /** No file at all, and a file an earlier run left at the destination is removed. */
        REMOVE_FILE
    }

    private final Path destination;
    /** Null when the destination is written straight (a device, a pipe). */
    private final Path staging;
    private final WhenEmpty whenEmpty;
    private final OutputStream stream;
    private Path previous;
    private boolean placed;

    private StagedFile(Path destination, Path staging, WhenEmpty whenEmpty, OutputStream stream) {
        this.destination = destination;
        this.staging = staging;
        this.whenEmpty = whenEmpty;
        this.stream = stream;
    }

    /**
     * Checks that {@code destination} can be written and opens its staging file.
     *
     * @param content what the file holds, for error messages ({@code results}, {@code rejects})
     * @throws IOException when it cannot be written there; {@link #reason} says why in words
     */
    static StagedFile create(Path destination, String content, WhenEmpty whenEmpty) throws IOException {
        Path given = destination.toAbsolutePath().normalize();
        if (isStream(given)) {
            // Opened by the name given: /dev/stdout and the like are links the kernel resolves, not paths.
            OutputStream device = Files.newOutputStream(given, StandardOpenOption.WRITE);
            OutputStream named = new NamedOutputStream(device, content + " to " + given, true);
            return new StagedFile(given, null, whenEmpty, new BufferedOutputStream(named, BUFFER));
        }
        // Through a link to the file it names, so that the link stays a link.
        Path target = !Files.isSymbolicLink(given) ? given
                : Files.exists(given) ? given.toRealPath() : throughLinks(given);
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        Files.createDirectories(target.getParent());
        removeLeftoversOfDeadRuns(target);
        Path staging = hidden(target, STAGED);
        OutputStream file = Files.newOutputStream(staging, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        staging.toFile().deleteOnExit();
        OutputStream named = new NamedOutputStream(file, content + " to " + target, true);
        return new StagedFile(target, staging, whenEmpty, new BufferedOutputStream(named, BUFFER));
    }

    /** True when {@code path} exists and is neither a regular file nor a folder: a device, a named pipe, a socket. */
    static boolean isStream(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /** Where a path that does not exist yet will be: the end of its chain of symbolic links, if it is one. */
    private static Path throughLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) { // as the kernel's own limit: a loop of links
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /** Where the content goes; closing it is the writer's job (closing it again is harmless). */
    OutputStream stream() {
        return stream;
    }

    Path destination() {
        return destination;
    }

    /** Puts this one file in place. */
    void commit() throws IOException {
        place();
    }

    /**
     * Puts every file in place, or none: each previous file but the last one's is kept aside until the last
     * file is in place, and put back if a later move fails. Give the most important file last (the results):
     * its previous version is replaced only by the final move.
     */
    static void commitTogether(StagedFile... files) throws IOException {
        List<StagedFile> done = new ArrayList<>();
        try {
            for (int i = 0; i < files.length; i++) {
                if (files[i] == null) {
                    continue;
                }
                if (i < files.length - 1) {
                    files[i].keepPrevious();
                }
                files[i].place();
                done.add(files[i]);
            }
        } catch (IOException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                try {
                    done.get(i).restorePrevious();
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
        for (StagedFile file : done) {
            file.dropPrevious();
        }
    }

    /** Without a commit (the run failed), the staging file goes and the destination is as it was. */
    @Override
    public void close() throws IOException {
        if (!placed) {
            try {
                stream.close();
            } catch (IOException e) {
                // the run already failed; what matters now is that nothing of it stays
            }
        }
        if (staging != null) {
            Files.deleteIfExists(staging);
        }
        dropPrevious();
    }

    private void place() throws IOException {
        stream.close();
        if (staging == null) {
            placed = true; // written straight: it is in place as it was written
            return;
        }
        if (Files.isDirectory(destination)) {
            throw new OutputFailedException("cannot write " + destination + ": is a folder",
                    new FileSystemException(destination.toString(), null, "is a folder"));
        }
        try {
            if (whenEmpty == WhenEmpty.REMOVE_FILE && Files.size(staging) == 0) {
                Files.delete(staging);
                Files.deleteIfExists(destination);
            } else {
                Files.move(staging, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new OutputFailedException("cannot put " + destination + " in place: " + reason(e), e);
        }
        placed = true;
    }

    /** A hard link to the previous file (a copy where links are not supported), to put back on failure. */
    private void keepPrevious() throws IOException {
        if (staging == null || !Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path kept = hidden(destination, PREVIOUS);
        try {
            Files.createLink(kept, destination);
        } catch (UnsupportedOperationException | IOException linkFailed) {
            Files.copy(destination, kept, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
        previous = kept;
    }

    private void restorePrevious() throws IOException {
        if (staging == null) {
            return; // what went to a device or a pipe cannot be taken back
        }
        if (previous != null) {
            Files.move(previous, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            previous = null;
        } else {
            Files.deleteIfExists(destination);
        }
    }

    private void dropPrevious() throws IOException {
        if (previous != null) {
            Files.deleteIfExists(previous);
            previous = null;
        }
    }

    private static Path hidden(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + "." + kind);
    }

    /** Staging files and kept-aside previous files whose run is no longer alive; a live run's stay. */
    private static void removeLeftoversOfDeadRuns(Path target) throws IOException {
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
                + "\\.(\\d{1,18})-\\d+\\.(" + STAGED + "|" + PREVIOUS + ")");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                path -> leftover.matcher(path.getFileName().toString()).matches())) {
            for (Path sibling : siblings) {
                Matcher name = leftover.matcher(sibling.getFileName().toString());
                if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    /** Why a file cannot be written, in words: {@code permission denied}, {@code x is not a folder}. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied" + (denied.getFile() != null ? " (" + denied.getFile() + ")" : "");
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return ((FileSystemException) e).getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
