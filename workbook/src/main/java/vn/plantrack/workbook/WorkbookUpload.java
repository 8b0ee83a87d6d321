package vn.plantrack.workbook;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.plantrack.platform.idempotency.Idempotent;

/**
 * What every workbook upload endpoint shares: it honours {@code Idempotency-Key} (platform's {@link
 * Idempotent}, carried as an interceptor binding), and its OpenAPI description (SmallRye OpenAPI
 * reads the annotations it carries): the body is an .xlsx file ({@link WorkbookUploadBody} writes
 * it), and rows that are wrong answer 422 with every error. The endpoint keeps its own path, roles,
 * 200 answer, summary and description, and its JAX-RS annotations
 * ({@code @Consumes({Xlsx.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})}, a {@code byte[]} body
 * and an {@link UploadMode}).
 */
@InterceptorBinding
@Idempotent
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@APIResponse(responseCode = "422", description = WorkbookUpload.ROWS_WRONG)
public @interface WorkbookUpload {
  /** The 422 answer's description; {@link WorkbookUploadBody} knows an upload by it. */
  String ROWS_WRONG =
      "Rows are wrong: problem+json with errors [{row, column, cell, field, message}]";
}
