package dev.vorzimmer.app.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap of another JVM on this machine, read through its {@link MemoryMXBean}: the attach API
 * starts the child's local management agent (no port, no flags on the child), then a JMX connection
 * reads it.
 */
final class HeapProbe implements AutoCloseable {
  private final JMXConnector connector;
  private final MemoryMXBean memory;

  private HeapProbe(JMXConnector connector, MemoryMXBean memory) {
    this.connector = connector;
    this.memory = memory;
  }

  /** Attaches to the JVM with process id {@code pid} (same user). */
  static HeapProbe attach(long pid) throws Exception {
    VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
    String address;
    try {
      address = vm.startLocalManagementAgent();
    } finally {
      vm.detach();
    }
    JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
    MemoryMXBean memory =
        ManagementFactory.newPlatformMXBeanProxy(
            connector.getMBeanServerConnection(),
            ManagementFactory.MEMORY_MXBEAN_NAME,
            MemoryMXBean.class);
    return new HeapProbe(connector, memory);
  }

  /**
   * Heap used right after a full GC ({@code System.gc()} in the child, twice: the first may only
   * finish reference processing), in bytes.
   */
  long retainedBytes() {
    memory.gc();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() throws IOException {
    connector.close();
  }
}
