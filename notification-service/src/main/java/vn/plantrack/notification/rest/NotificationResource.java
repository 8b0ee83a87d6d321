package vn.plantrack.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.notification.InboxEntry;
import vn.plantrack.notification.rules.NotificationKind;
import vn.plantrack.notification.service.Inbox;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageParams;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "The in-app inbox (a frontend's bell icon)")
@Authenticated
public class NotificationResource {
  private static final Set<String> SORTABLE = Set.of("createdAt");

  private final Inbox inbox;

  public NotificationResource(Inbox inbox) {
    this.inbox = inbox;
  }

  @Schema(
      description = "An inbox entry: what an event told the caller's organization or province",
      example =
          """
          {"id": "5b0c7d4e-2f3a-4b6c-9d8e-1f2a3b4c5d6e", "kind": "TASK_DUE_SOON",
           "subject": "[PlanTrack] Nhiệm vụ 1.2 còn 1 ngày đến hạn",
           "body": "Nhiệm vụ 1.2 “Xây dựng cơ sở dữ liệu” còn 1 ngày đến hạn.\\nThời hạn: Quý IV/2025",
           "link": "https://plantrack.example.vn/tasks/6c1d8e5f-3a4b-4c7d-8e9f-2a3b4c5d6e7f",
           "createdAt": "2025-12-30T00:30:00Z", "read": false}
          """)
  public record NotificationView(
      @Schema(required = true) UUID id,
      @Schema(required = true) NotificationKind kind,
      @Schema(required = true) String subject,
      @Schema(required = true) String body,
      String link,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true) boolean read,
      Instant readAt) {
    static NotificationView of(InboxEntry e) {
      return new NotificationView(
          e.id(),
          NotificationKind.valueOf(e.kind()),
          e.subject(),
          e.body(),
          e.link(),
          e.createdAt(),
          e.readAt() != null,
          e.readAt());
    }
  }

  @Schema(description = "How many entries the caller has not read")
  public record UnreadCount(@Schema(required = true) long unread) {}

  @Schema(description = "How many entries were marked read")
  public record Marked(@Schema(required = true) int marked) {}

  @GET
  @Operation(
      operationId = "listNotifications",
      summary = "The caller's inbox, newest first",
      description =
          "Entries addressed to the caller's organization and, for a coordinator, to the"
              + " province's coordinators; kinds the caller turned the inbox off for are left"
              + " out. sort=createdAt,asc|desc (default desc).")
  public Page<NotificationView> list(
      @BeanParam PageParams page,
      @QueryParam("unread") @Parameter(description = "true: unread entries only") Boolean unread) {
    return inbox
        .page(page.toRequest(SORTABLE, "createdAt,desc"), Boolean.TRUE.equals(unread))
        .map(NotificationView::of);
  }

  @GET
  @Path("/unread-count")
  @Operation(operationId = "countUnreadNotifications", summary = "How many entries are unread")
  @APIResponse(
      responseCode = "200",
      description = "The count",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UnreadCount.class)))
  public UnreadCount unreadCount() {
    return new UnreadCount(inbox.unreadCount());
  }

  @POST
  @Path("/{id}/read")
  @Operation(operationId = "markNotificationRead", summary = "Marks an entry read for the caller")
  @APIResponse(responseCode = "204", description = "Marked (marking again changes nothing)")
  public Response markRead(@PathParam("id") UUID id) {
    inbox.markRead(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/read-all")
  @Operation(operationId = "markAllNotificationsRead", summary = "Marks every entry read")
  @APIResponse(
      responseCode = "200",
      description = "How many were unread",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Marked.class)))
  public Marked markAllRead() {
    return new Marked(inbox.markAllRead());
  }
}
