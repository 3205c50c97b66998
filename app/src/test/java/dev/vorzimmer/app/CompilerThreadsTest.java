package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerThreadsTest {
  @TempDir Path tasks;

  @Test
  void findsTheCompilerThreadsByName() throws IOException {
    thread("101", "C2 CompilerThre");
    thread("102", "C1 CompilerThre");
    thread("103", "vorzimmer-sip-1");
    thread("104", "GC Thread#0");

    assertThat(CompilerThreads.compilerThreadIds(tasks)).containsExactlyInAnyOrder("101", "102");
  }

  @Test
  void withoutProcNothingIsFoundAndNothingChanges() {
    assertThat(CompilerThreads.lowerPriority(tasks.resolve("missing"))).isZero();
  }

  @Test
  void thisJvmsCompilerThreadsEndAtNiceTen() throws IOException {
    Path self = Path.of("/proc/self/task");
    assumeTrue(Files.isDirectory(self), "Linux only");
    List<String> ids = CompilerThreads.compilerThreadIds(self);
    assertThat(ids).as("a JVM with the JIT has compiler threads").isNotEmpty();

    assertThat(CompilerThreads.lowerPriority()).isEqualTo(ids.size());

    for (String id : ids) {
      String stat = Files.readString(self.resolve(id).resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      assertThat(Integer.parseInt(fields[16])).as("nice of thread %s", id).isEqualTo(10);
    }
  }

  private void thread(String id, String name) throws IOException {
    Files.createDirectories(tasks.resolve(id));
    Files.writeString(tasks.resolve(id).resolve("comm"), name + "\n");
  }
}
