package vn.plantrack.workbook;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The OpenAPI description every workbook upload endpoint shares (SmallRye OpenAPI reads the
 * annotations it carries): the body is an .xlsx file, and rows that are wrong answer 422 with every
 * error ({@link WorkbookUploadBody} writes the body's description). The endpoint keeps its own 200
 * answer, summary and description, and its JAX-RS annotations ({@code @Consumes({Xlsx.MEDIA_TYPE,
 * MediaType.APPLICATION_OCTET_STREAM})}, a {@code byte[]} body and an {@link UploadMode}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@APIResponse(responseCode = "422", description = WorkbookUpload.ROWS_WRONG)
public @interface WorkbookUpload {
  /** The 422 answer's description; {@link WorkbookUploadBody} knows an upload by it. */
  String ROWS_WRONG =
      "Rows are wrong: problem+json with errors [{row, column, cell, field, message}]";
}
