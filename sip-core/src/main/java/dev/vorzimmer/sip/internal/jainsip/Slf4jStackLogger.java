package dev.vorzimmer.sip.internal.jainsip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes JAIN-SIP's stack log to SLF4J (logger {@code gov.nist.javax.sip}) instead of its own log
 * files. Instantiated by JAIN-SIP through the {@code gov.nist.javax.sip.STACK_LOGGER} property.
 */
public final class Slf4jStackLogger implements StackLogger {

  private static final Logger LOG = LoggerFactory.getLogger("gov.nist.javax.sip");

  /** JAIN-SIP warns about its TLS key store defaults on every start; we use none (TlsTrust). */
  private static final Pattern TLS_NOISE = Pattern.compile("(?i)tls|keystore|truststore");

  private volatile boolean enabled = true;

  @Override
  public void logStackTrace() {
    // stack traces of the logging call site are noise; exceptions are logged where they occur
  }

  @Override
  public void logStackTrace(int traceLevel) {
    // see logStackTrace()
  }

  @Override
  public int getLineCount() {
    return 0;
  }

  @Override
  public void logException(Throwable ex) {
    LOG.warn("JAIN-SIP exception", ex);
  }

  @Override
  public void logDebug(String message) {
    LOG.debug(message);
  }

  @Override
  public void logDebug(String message, Exception ex) {
    LOG.debug(message, ex);
  }

  @Override
  public void logTrace(String message) {
    LOG.trace(message);
  }

  @Override
  public void logFatalError(String message) {
    LOG.error(message);
  }

  @Override
  public void logError(String message) {
    LOG.error(message);
  }

  @Override
  public boolean isLoggingEnabled() {
    return enabled && LOG.isDebugEnabled();
  }

  @Override
  public boolean isLoggingEnabled(int logLevel) {
    if (!enabled) {
      return false;
    }
    if (logLevel >= TRACE_TRACE) {
      return LOG.isTraceEnabled();
    }
    if (logLevel >= TRACE_DEBUG) {
      return LOG.isDebugEnabled();
    }
    if (logLevel >= TRACE_INFO) {
      return LOG.isInfoEnabled();
    }
    return logLevel >= TRACE_WARN ? LOG.isWarnEnabled() : LOG.isErrorEnabled();
  }

  @Override
  public void logError(String message, Exception ex) {
    if (Transactions.tlsFailure(ex).isPresent()) {
      // a TLS connection we refused or could not make: the registration's status line says why
      LOG.debug(message, ex);
    } else {
      LOG.error(message, ex);
    }
  }

  @Override
  public void logWarning(String message) {
    if (message != null && TLS_NOISE.matcher(message).find()) {
      LOG.debug(message);
    } else {
      LOG.warn(message);
    }
  }

  @Override
  public void logInfo(String message) {
    LOG.info(message);
  }

  @Override
  public void disableLogging() {
    enabled = false;
  }

  @Override
  public void enableLogging() {
    enabled = true;
  }

  @Override
  public void setBuildTimeStamp(String buildTimeStamp) {
    LOG.debug("JAIN-SIP build {}", buildTimeStamp);
  }

  @Override
  public void setStackProperties(Properties stackProperties) {
    // configuration comes from the SLF4J backend
  }

  @Override
  public String getLoggerName() {
    return LOG.getName();
  }
}
