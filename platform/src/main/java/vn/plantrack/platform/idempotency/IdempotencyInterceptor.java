package vn.plantrack.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;

/**
 * Runs a keyed POST and records its response in one transaction (the service's transaction joins
 * it), so the effect and the record commit together. A concurrent request with the same key loses
 * on the primary key and is answered 409 without any effect. Error responses are not recorded: a
 * failed request may be retried.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class IdempotencyInterceptor {
  public static final String HEADER = "Idempotency-Key";
  static final Duration KEPT = Duration.ofHours(24);
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

  @Inject HttpHeaders headers;
  @Inject UriInfo uriInfo;
  @Inject Caller caller;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper mapper;

  @AroundInvoke
  Object around(InvocationContext ctx) throws Exception {
    String key = headers.getHeaderString(HEADER);
    if (key == null) {
      return ctx.proceed();
    }
    if (!SANE.matcher(key).matches()) {
      throw ProblemException.invalid(HEADER, "1 to 200 characters of A-Z a-z 0-9 . _ : -");
    }
    IdempotencyRecord.Id id = new IdempotencyRecord.Id(caller.username(), key);
    String methodPath =
        ctx.getMethod().getDeclaringClass().getSimpleName() + " " + uriInfo.getPath();
    String hash = hash(methodPath, ctx.getParameters());
    try {
      return QuarkusTransaction.joiningExisting()
          .call(
              () -> {
                IdempotencyRecord first = entityManager.find(IdempotencyRecord.class, id);
                if (first != null && first.createdAt.isAfter(Instant.now().minus(KEPT))) {
                  if (!first.requestHash.equals(hash)) {
                    throw ProblemException.conflict(
                        "Idempotency-Key " + key + " was used for a different request");
                  }
                  return replay(first);
                }
                if (first != null) {
                  entityManager.remove(first);
                  entityManager.flush();
                }
                Object result = ctx.proceed();
                if (result instanceof Response response && response.getStatus() < 400) {
                  record(id, methodPath, hash, response);
                }
                return result;
              });
    } catch (PersistenceException e) {
      throw ProblemException.conflict(
          "a request with Idempotency-Key " + key + " is being processed; retry");
    }
  }

  private void record(IdempotencyRecord.Id id, String methodPath, String hash, Response response)
      throws Exception {
    IdempotencyRecord rec = new IdempotencyRecord();
    rec.id = id;
    rec.methodPath = methodPath;
    rec.requestHash = hash;
    rec.status = response.getStatus();
    rec.body =
        response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity());
    rec.location = response.getLocation() == null ? null : response.getLocation().toString();
    rec.etag = response.getEntityTag() == null ? null : response.getEntityTag().getValue();
    rec.createdAt = Instant.now();
    entityManager.persist(rec);
    entityManager.flush();
  }

  private static Response replay(IdempotencyRecord first) {
    Response.ResponseBuilder builder =
        Response.status(first.status).header("Idempotent-Replayed", "true");
    if (first.body != null) {
      builder.entity(first.body).type(MediaType.APPLICATION_JSON_TYPE);
    }
    if (first.location != null) {
      builder.header(HttpHeaders.LOCATION, first.location);
    }
    if (first.etag != null) {
      builder.tag(first.etag);
    }
    return builder.build();
  }

  /**
   * The request's identity: endpoint plus the JSON of its body and parameters (context objects left
   * out).
   */
  private String hash(String methodPath, Object[] parameters) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update(methodPath.getBytes(StandardCharsets.UTF_8));
    for (Object parameter : parameters) {
      if (parameter == null || parameter instanceof UriInfo || parameter instanceof HttpHeaders) {
        continue;
      }
      try {
        digest.update(mapper.writeValueAsBytes(parameter));
      } catch (Exception e) {
        digest.update(parameter.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
