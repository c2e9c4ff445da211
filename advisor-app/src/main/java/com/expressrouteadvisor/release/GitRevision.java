package com.expressrouteadvisor.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A rules folder as it was at a commit of the git repository it lives in, copied out with the {@code git}
 * program ({@code ls-tree} and {@code cat-file}): the working tree, the index and the refs stay untouched.
 * Git is asked for the few dozen rule files only, not the whole tree.
 *
 * @param label  how problems in these files are named: {@code REF:path/in/repository}, as {@code git show} takes it
 * @param folder where the files were written
 */
public record GitRevision(String label, Path folder) {

    /** @throws IllegalArgumentException a user's mistake: not a git repository, no such commit, no such folder there */
    public static GitRevision extract(Path rulesFolder, String ref, Path into) throws IOException {
        if (ref.isEmpty() || ref.startsWith("-")) {
            throw new IllegalArgumentException("git:" + ref + ": name a commit, branch or tag, e.g. git:HEAD~1");
        }
        Path folder = rulesFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("git:" + ref + ": the rules folder " + rulesFolder + " is not a folder on "
                    + "disk (the rules packaged in the jar have no history): give --rules DIR inside a git repository");
        }
        Result top = git(folder, "rev-parse", "--show-toplevel");
        if (top.code() != 0) {
            throw new IllegalArgumentException("git:" + ref + ": " + rulesFolder + " is not in a git repository ("
                    + top.error() + ")");
        }
        Path repository = Path.of(top.text().strip());
        String prefix = git(folder, "rev-parse", "--show-prefix").text().strip();
        Result commit = git(repository, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}");
        if (commit.code() != 0) {
            throw new IllegalArgumentException("git:" + ref + ": no such commit in " + repository);
        }
        String sha = commit.text().strip();
        List<String> listArgs = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--full-tree", sha));
        if (!prefix.isEmpty()) {
            listArgs.add("--");
            listArgs.add(prefix);
        }
        Result listing = git(repository, listArgs.toArray(String[]::new));
        if (listing.code() != 0) {
            throw new IOException("git ls-tree failed: " + listing.error());
        }
        int files = 0;
        for (String entry : listing.text().split("\0")) {
            // "<mode> <type> <object>\t<path>"; only plain files: no submodules, no symbolic links
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = entry.substring(0, tab).split(" ");
            if (!meta[1].equals("blob") || meta[0].equals("120000")) {
                continue;
            }
            String path = entry.substring(tab + 1);
            Path target = into.resolve(path.substring(prefix.length())).normalize();
            if (!target.startsWith(into)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, blob(repository, meta[2]));
            files++;
        }
        if (files == 0) {
            throw new IllegalArgumentException("git:" + ref + ": " + (prefix.isEmpty() ? "the repository" : prefix)
                    + " holds no files at that commit");
        }
        String shortRef = ref + ":" + prefix;
        return new GitRevision(shortRef.endsWith("/") ? shortRef.substring(0, shortRef.length() - 1) : shortRef, into);
    }

    private static byte[] blob(Path repository, String object) throws IOException {
        Process process = start(repository, "cat-file", "blob", object);
        CompletableFuture<byte[]> error = drain(process.getErrorStream());
        byte[] content = process.getInputStream().readAllBytes();
        if (waitFor(process) != 0) {
            throw new IOException("git cat-file blob " + object + " failed: "
                    + new String(error.join(), StandardCharsets.UTF_8).strip());
        }
        return content;
    }

    private record Result(int code, String text, String error) {
    }

    private static Result git(Path directory, String... args) throws IOException {
        Process process = start(directory, args);
        CompletableFuture<byte[]> error = drain(process.getErrorStream());
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = waitFor(process);
        return new Result(code, text, new String(error.join(), StandardCharsets.UTF_8).strip());
    }

    private static Process start(Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(directory.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new IllegalArgumentException("git: cannot run the git program (" + e.getMessage() + "); "
                    + "install git or give --base DIR", e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static int waitFor(Process process) throws IOException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new InterruptedIOException("interrupted while git ran");
        }
    }
}
