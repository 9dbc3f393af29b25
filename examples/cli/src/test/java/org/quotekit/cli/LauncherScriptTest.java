package org.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code bin/quotekit}: it runs the jar it finds with its JVM settings, lets
 * {@code QUOTEKIT_OPTS} add to or override them, passes the arguments through unchanged, returns
 * the program's exit status, and names the jar it could not find. The jar here is a probe that
 * prints what it was started with (the real jar is built after the tests). Skipped where there
 * is no {@code sh}.
 */
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("bin", "quotekit");

  @TempDir Path dir;

  @BeforeEach
  void needsShell() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here, launcher test skipped");
  }

  @Test
  void runsTheJarBesideItWithItsSettingsAndTheArgumentsUnchanged() throws Exception {
    Path script = distribution();

    Result r = run(script, Map.of(), "extract", "two words", "it's \"quoted\"", "*");

    assertThat(r.status).isEqualTo(0);
    assertThat(r.lines).containsSubsequence("jvm -XX:TieredStopAtLevel=1",
        "jvm -XX:+UseParallelGC");
    assertThat(r.args()).containsExactly("extract", "two words", "it's \"quoted\"", "*");
  }

  @Test
  void optionsFromTheEnvironmentComeAfterTheDefaultsSoTheyWin() throws Exception {
    Path jar = probeJar(dir.resolve("probe.jar"));

    Result r = run(SCRIPT, Map.of("QUOTEKIT_JAR", jar.toString(),
        "QUOTEKIT_OPTS", "-XX:TieredStopAtLevel=4 -Dquotekit.probe=yes"), "--version");

    assertThat(r.status).isEqualTo(0);
    assertThat(r.lines).containsSubsequence("jvm -XX:TieredStopAtLevel=1",
        "jvm -XX:TieredStopAtLevel=4", "jvm -Dquotekit.probe=yes");
    assertThat(r.lines).contains("stop at level 4");
  }

  @Test
  void theProgramsExitStatusIsTheScripts() throws Exception {
    Path jar = probeJar(dir.resolve("probe.jar"));

    Result r = run(SCRIPT, Map.of("QUOTEKIT_JAR", jar.toString()), "exit", "3");

    assertThat(r.status).isEqualTo(3);
  }

  @Test
  void aMissingJarIsNamedWithExitStatus2() throws Exception {
    Path missing = dir.resolve("no-such.jar");

    Result r = run(SCRIPT, Map.of("QUOTEKIT_JAR", missing.toString()), "--version");

    assertThat(r.status).isEqualTo(2);
    assertThat(r.err).contains(missing.toString()).contains("not found");
  }

  @Test
  void aSymbolicLinkToTheScriptFindsTheJarBesideTheScript() throws Exception {
    distribution();
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path link = Files.createSymbolicLink(elsewhere.resolve("qk"), Path.of("..", "dist",
        "quotekit"));

    Result r = run(link, Map.of(), "x");

    assertThat(r.status).isEqualTo(0);
    assertThat(r.args()).containsExactly("x");
  }

  /** A folder {@code dist} with the script and a probe jar beside it; returns the script. */
  private Path distribution() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("dist"));
    Path script = Files.copy(SCRIPT, bin.resolve("quotekit"));
    script.toFile().setExecutable(true);
    probeJar(bin.resolve("quotekit.jar"));
    return script;
  }

  /** What the probe printed, its standard error and exit status. */
  private record Result(int status, List<String> lines, String err) {
    List<String> args() {
      return lines.stream().filter(l -> l.startsWith("arg ")).map(l -> l.substring(4)).toList();
    }
  }

  private static Result run(Path script, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
    if (Files.isSymbolicLink(script)) {
      command = new ArrayList<>(List.of(script.toAbsolutePath().toString())); // run the link
    }
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("QUOTEKIT_OPTS");
    pb.environment().remove("QUOTEKIT_JAR");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
    return new Result(p.exitValue(), new String(out, UTF_8).lines().toList(),
        new String(err, UTF_8));
  }

  /** Writes a runnable jar whose main class is {@link Probe}. */
  private static Path probeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    String entry = Probe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = Probe.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }

  /** The probe: prints its JVM options and arguments; {@code exit N} exits with N. */
  public static final class Probe {
    private Probe() {}

    /** Prints {@code jvm OPTION} and {@code arg ARGUMENT} lines. */
    public static void main(String[] args) {
      for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        System.out.println("jvm " + option);
      }
      if ("4".equals(tieredStopAtLevel())) {
        System.out.println("stop at level 4");
      }
      for (String arg : args) {
        System.out.println("arg " + arg);
      }
      if (args.length == 2 && args[0].equals("exit")) {
        System.exit(Integer.parseInt(args[1]));
      }
    }

    private static String tieredStopAtLevel() {
      return ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
          .getVMOption("TieredStopAtLevel").getValue();
    }
  }
}
