package vn.plantrack.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.plantrack.notification.rules.Channel;
import vn.plantrack.notification.rules.Delivery;
import vn.plantrack.notification.rules.NotificationKind;
import vn.plantrack.notification.service.Preferences;

@Path("/api/v1/notifications/preferences")
@Tag(name = "Notifications", description = "The in-app inbox (a frontend's bell icon)")
@Authenticated
public class PreferenceResource {
  private final Preferences preferences;

  public PreferenceResource(Preferences preferences) {
    this.preferences = preferences;
  }

  @Schema(
      description =
          "One kind's choice: channels, and for EMAIL at once or in a daily digest at an hour"
              + " (0–23, Asia/Ho_Chi_Minh)",
      example =
          """
          {"kind": "TASK_DUE_SOON", "channels": ["EMAIL", "INBOX"], "delivery": "DAILY_DIGEST", "digestHour": 7}
          """)
  public record PreferenceView(
      @Schema(required = true) NotificationKind kind,
      @Schema(required = true) Set<Channel> channels,
      @Schema(required = true) Delivery delivery,
      Integer digestHour) {
    static PreferenceView of(Preferences.Choice c) {
      return new PreferenceView(c.kind(), c.channels(), c.delivery(), c.digestHour());
    }

    Preferences.Choice choice() {
      return new Preferences.Choice(kind, channels, delivery, digestHour);
    }
  }

  @Schema(description = "The caller's choices, one per kind")
  public record PreferencesView(@Schema(required = true) List<PreferenceView> items) {
    static PreferencesView of(List<Preferences.Choice> choices) {
      return new PreferencesView(choices.stream().map(PreferenceView::of).toList());
    }
  }

  @Schema(description = "The kinds to change (the others keep their choice)")
  public record PreferencesInput(@NotNull @Size(max = 50) List<@Valid PreferenceView> items) {}

  @GET
  @Operation(
      operationId = "getNotificationPreferences",
      summary = "The caller's choices for every kind (unsaved: inbox only, immediate)")
  @APIResponse(
      responseCode = "200",
      description = "Every kind's choice",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PreferencesView.class)))
  public PreferencesView get() {
    return PreferencesView.of(preferences.of());
  }

  @PUT
  @Operation(
      operationId = "saveNotificationPreferences",
      summary = "Saves the caller's choices for the kinds given",
      description =
          "The caller's email address, province, organization and coordinator role are taken"
              + " from the token: EMAIL needs an email address in it.")
  @APIResponse(
      responseCode = "200",
      description = "Every kind's choice after saving",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PreferencesView.class)))
  public PreferencesView save(@Valid @NotNull PreferencesInput input) {
    return PreferencesView.of(
        preferences.save(input.items().stream().map(p -> p == null ? null : p.choice()).toList()));
  }
}
