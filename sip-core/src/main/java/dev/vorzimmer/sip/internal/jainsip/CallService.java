package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.IncomingCallPolicy;
import dev.vorzimmer.sip.MediaEncryption;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.GhostRateLimiter;
import dev.vorzimmer.sip.internal.ListenerBus;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call side of the agent: wires screening, answering, in-dialog requests and outgoing calls,
 * provides the request handlers per method and the user's {@link CallCommands}.
 */
final class CallService {

  private static final Logger LOG = LoggerFactory.getLogger(CallService.class);

  /** Methods we know but do not serve: answered 405 with Allow. */
  private static final List<String> NOT_ALLOWED =
      List.of(
          Request.REGISTER,
          Request.SUBSCRIBE,
          Request.NOTIFY,
          Request.MESSAGE,
          Request.REFER,
          Request.UPDATE,
          Request.PRACK,
          Request.PUBLISH);

  private final CallMessages messages;
  private final CallControl control;
  private final IncomingCalls incoming;
  private final OutgoingCalls outgoing;
  private final ReInvites reInvites;
  private final InfoHandler info;
  private final CallCommands commands;

  /** Everything a call service needs from the agent. */
  record Config(
      Optional<AccountConfig> account,
      String contactUser,
      String localAor,
      Supplier<CallSettings> settings,
      AgentTuning tuning,
      IncomingCallPolicy policy,
      CallMedia media) {}

  /** The provider state shared with registration: where it is, and which realm we answer. */
  record Provider(
      ProviderRoute route, DigestRealms realms, Optional<AuthenticationHelper> digest) {}

  CallService(SipContext context, ListenerBus bus, Config config, Provider provider) {
    CallTable calls =
        new CallTable(
            context,
            bus,
            config.account().map(AccountConfig::mediaEncryption).orElse(MediaEncryption.NONE));
    this.messages = new CallMessages(context, config.contactUser());
    this.control = new CallControl(context, calls, messages);
    Connector connector =
        new Connector(
            context, calls, messages, config.media(), config.tuning().ackTimeout(), control);
    control.connector(connector);
    Challenges challenges =
        new Challenges(context, calls, connector, control, config.settings(), bus);
    connector.challenges(challenges);
    control.challenges(challenges);
    CallLimits limits = new CallLimits(context, config.settings(), control);
    calls.onConnected(limits::start);
    this.reInvites = new ReInvites(context, calls, messages, control, connector);
    this.info = new InfoHandler(calls, control, bus, challenges::digit);
    GhostGuard guard =
        GhostGuard.create(
            config.account(),
            config.settings().get().trustedHosts(),
            config.contactUser(),
            provider.route());
    GhostRefusals ghosts = new GhostRefusals(context, calls, messages, GhostRateLimiter.defaults());
    IncomingDispositions dispositions =
        new IncomingDispositions(
            context,
            calls,
            messages,
            config.policy(),
            config.settings(),
            config.tuning().policyTimeout(),
            connector,
            challenges,
            new Intercepts(calls, messages, connector, config.settings()));
    this.incoming =
        new IncomingCalls(
            context, calls, messages, guard, ghosts, config.settings(), connector, dispositions);
    this.outgoing =
        new OutgoingCalls(
            context,
            calls,
            control,
            config.media(),
            new InviteBuilder(
                context, config.account(), messages, config.localAor(), provider.route()),
            provider.digest(),
            provider.realms());
    this.commands =
        new CallCommands(
            context, calls, control, connector, challenges, dispositions, outgoing, reInvites);
  }

  /** The handlers of every method we answer (OPTIONS included); others get 501 from the engine. */
  Map<String, RequestHandler> handlers() {
    Map<String, RequestHandler> handlers = new HashMap<>();
    handlers.put(
        Request.INVITE,
        (event, ctx) -> {
          String toTag = ((ToHeader) event.getRequest().getHeader(ToHeader.NAME)).getTag();
          if (toTag == null) {
            incoming.onInvite(event);
          } else {
            reInvites.onReInvite(event);
          }
        });
    handlers.put(Request.ACK, (event, ctx) -> control.onAck(event));
    handlers.put(Request.CANCEL, (event, ctx) -> control.onCancel(event));
    handlers.put(Request.BYE, (event, ctx) -> control.onBye(event));
    handlers.put(Request.INFO, info);
    handlers.put(Request.OPTIONS, new OptionsHandler(CallMessages.ALLOWED));
    RequestHandler notAllowed =
        (event, ctx) -> {
          Response response =
              ctx.messages().createResponse(Response.METHOD_NOT_ALLOWED, event.getRequest());
          messages.addAllow(response);
          ctx.provider().sendResponse(response);
        };
    NOT_ALLOWED.forEach(method -> handlers.put(method, notAllowed));
    return Map.copyOf(handlers);
  }

  /** Adds our Allow headers to a response (used for 501). */
  void addAllow(Response response) throws java.text.ParseException {
    messages.addAllow(response);
  }

  /** The handler of outgoing INVITE transactions. */
  ClientResponseHandler outgoingHandler() {
    return outgoing;
  }

  /** The user's commands on these calls. */
  CallCommands commands() {
    return commands;
  }
}
