package vn.plantrack.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Mass assignment stops at the door: a request body may carry only the fields of the operation's
 * input record. An unknown field, or one the service owns (ids, province outside the admin's
 * target, createdBy, version on a create, timeliness, evaluation, status where it is derived, …),
 * is a 400 problem+json naming it, before any resource code runs. Duplicate keys ({@code {"status":
 * "A", "status": "B"}}) and trailing content after the JSON value are refused too: what a gateway
 * or a log reads is what the service reads.
 *
 * <p>Only the REST layer's reader is strict. The application's {@link ObjectMapper} stays tolerant
 * on purpose: event consumers read other services' events, which may gain fields (a tolerant
 * reader), and JSON columns keep old rows readable. A copy of that mapper with three features on is
 * handed to RESTEasy Reactive for every request and response body, so responses are written exactly
 * as before.
 */
@Provider
public class StrictJsonBodies implements ContextResolver<ObjectMapper> {
  private final ObjectMapper strict;

  public StrictJsonBodies(ObjectMapper mapper) {
    this.strict = strict(mapper);
  }

  /** The application's mapper, refusing unknown fields, duplicate keys and trailing tokens. */
  public static ObjectMapper strict(ObjectMapper mapper) {
    ObjectMapper copy = mapper.copy();
    copy.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    copy.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    copy.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return copy;
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return strict;
  }
}
