package vn.plantrack.workbook;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code mode} query parameter of a workbook upload ({@code @Valid @BeanParam UploadMode}): all
 * or nothing by default, or apply the valid rows.
 */
public class UploadMode {
  @Parameter(
      description =
          "all-or-nothing (default): any wrong row → 422 with every error, nothing changed;"
              + " apply-valid-rows: the valid rows are applied, the others reported in the answer")
  @QueryParam("mode")
  @DefaultValue("all-or-nothing")
  @Pattern(regexp = ImportMode.PATTERN)
  public String mode;

  public ImportMode value() {
    return ImportMode.of(mode);
  }
}
