package vn.plantrack.platform.web;

import jakarta.validation.groups.Default;

/**
 * The Bean Validation group of a create, for input records shared by POST and PUT: a create
 * validates everything a write does ({@link Default}) plus the constraints of this group, such as
 * {@code @Null(groups = OnCreate.class) Long version} — the version is the precondition of a change
 * and the service's own on a create (mass assignment). Use with {@code @Valid @ConvertGroup(to =
 * OnCreate.class)} on the create's body parameter.
 */
public interface OnCreate extends Default {
  /** The message of {@code @Null(groups = OnCreate.class)} on a version. */
  String VERSION_MESSAGE = "is set by the service; name it only to change the resource (PUT)";
}
