package org.attribot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * attribot as its own process ({@code java … org.attribot.Main ARGS}, the classes under test
 * on the class path), with only the environment given, so a test can kill it as {@code kill -9}
 * does and start it again on the same store.
 */
public final class ServeProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private ServeProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code attribot ARGS} in {@code dir} with {@code env} (nothing of this JVM's environment but PATH); output to {@code log}. */
  public static ServeProcess start(Path dir, Path log, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.attribot.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    String path = pb.environment().get("PATH");
    pb.environment().clear();
    if (path != null) {
      pb.environment().put("PATH", path);
    }
    pb.environment().putAll(env);
    try {
      return new ServeProcess(pb.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the process at once, as {@code kill -9} does, and waits until it is gone. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits (a minute at most: it must end) for the process to end by itself; its exit code. */
  public int exitCode() throws InterruptedException {
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      throw new AssertionError("the process did not end; it printed:\n" + output());
    }
    return process.exitValue();
  }

  /** Waits (a minute at most: it must come) until the process has printed {@code text}. */
  public void awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!output().contains(text)) {
      if (System.nanoTime() > deadline || !process.isAlive() && !output().contains(text)) {
        throw new AssertionError("expected '" + text + "' from the process; it printed:\n" + output());
      }
      Thread.sleep(50);
    }
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** What the process printed so far. */
  public String output() {
    try {
      return java.nio.file.Files.readString(log);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    kill();
  }
}
