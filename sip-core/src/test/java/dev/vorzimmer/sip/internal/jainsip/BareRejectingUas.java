package dev.vorzimmer.sip.internal.jainsip;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark baseline (not a test): the bare JAIN-SIP stack, configured like the phone's ({@link
 * StackResources}: one listener thread, no automatic dialogs, no message logging), answering every
 * INVITE statefully with one final status and doing nothing else — no screening, no call log, no
 * event thread. Load benchmarks compare the phone's call rate with this one.
 *
 * <p>Usage: {@code BareRejectingUas PORT [STATUS]} (STATUS defaults to 603). Listens on UDP
 * 127.0.0.1:PORT, prints {@code READY 127.0.0.1:PORT} when it serves, and stops when its stdin
 * closes, printing {@code INVITES n} (the number of new INVITE transactions it rejected).
 */
public final class BareRejectingUas implements SipListener {

  private static final Logger LOG = LoggerFactory.getLogger(BareRejectingUas.class);

  private final SipProvider provider;
  private final MessageFactoryImpl messages = new MessageFactoryImpl();
  private final int status;
  private final AtomicLong invites = new AtomicLong();

  private BareRejectingUas(SipProvider provider, int status) {
    this.provider = provider;
    this.status = status;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: BareRejectingUas PORT [STATUS]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    int status = args.length > 1 ? Integer.parseInt(args[1]) : Response.DECLINE;
    SipStackImpl stack = new SipStackImpl(stackProperties(port));
    ListeningPoint point = stack.createListeningPoint("127.0.0.1", port, ListeningPoint.UDP);
    SipProvider provider = stack.createSipProvider(point);
    provider.setAutomaticDialogSupportEnabled(false);
    BareRejectingUas uas = new BareRejectingUas(provider, status);
    provider.addSipListener(uas);
    stack.start();
    System.out.println("READY 127.0.0.1:" + port);
    System.out.flush();
    awaitEndOfInput(System.in);
    System.out.println("INVITES " + uas.invites.get());
    System.out.flush();
    stack.stop();
    System.exit(0); // JAIN-SIP leaves non-daemon timer threads behind after stop()
  }

  private static Properties stackProperties(int port) {
    Properties properties = new Properties();
    properties.setProperty("javax.sip.STACK_NAME", "bare-uas-" + port);
    properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
    properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
    properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
    properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
    properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "false");
    properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
    return properties;
  }

  private static void awaitEndOfInput(InputStream in) throws IOException {
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // discard: only the end of input matters
    }
  }

  @Override
  public void processRequest(RequestEvent event) {
    Request request = event.getRequest();
    if (!Request.INVITE.equals(request.getMethod())) {
      return;
    }
    try {
      ServerTransaction transaction =
          event.getServerTransaction() != null
              ? event.getServerTransaction()
              : provider.getNewServerTransaction(request);
      Response response = messages.createResponse(status, request);
      ((ToHeader) response.getHeader(ToHeader.NAME))
          .setTag(Long.toHexString(invites.incrementAndGet()));
      transaction.sendResponse(response);
    } catch (SipException | java.text.ParseException | javax.sip.InvalidArgumentException e) {
      LOG.warn("cannot reject INVITE Call-ID {}: {}", request.getHeader("Call-ID"), e.toString());
    }
  }

  @Override
  public void processResponse(ResponseEvent event) {
    // a UAS only
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    LOG.debug("transaction timeout {}", event.getTimeout());
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    LOG.warn("I/O error towards {}:{}", event.getHost(), event.getPort());
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    // nothing kept per transaction
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {
    // no dialogs
  }
}
