package dev.vorzimmer.sip.internal.jainsip;

import java.util.List;
import javax.sip.RequestEvent;
import javax.sip.header.AllowHeader;
import javax.sip.message.Response;

/** Answers OPTIONS with 200 OK and the methods we accept, statelessly. */
final class OptionsHandler implements RequestHandler {

  private final List<String> allowedMethods;

  OptionsHandler(List<String> allowedMethods) {
    this.allowedMethods = List.copyOf(allowedMethods);
  }

  @Override
  public void handle(RequestEvent event, SipContext context) throws Exception {
    Response ok = context.messages().createResponse(Response.OK, event.getRequest());
    for (String method : allowedMethods) {
      AllowHeader allow = context.headers().createAllowHeader(method);
      ok.addHeader(allow);
    }
    context.provider().sendResponse(ok);
  }
}
