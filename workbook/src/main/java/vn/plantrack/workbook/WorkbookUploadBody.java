package vn.plantrack.workbook;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The body of every workbook upload, documented once: an operation marked {@link WorkbookUpload}
 * (found by the 422 answer that annotation documents) reads one required .xlsx file. MicroProfile's
 * {@code @RequestBody} cannot be carried by an annotation, so each upload endpoint would otherwise
 * restate it; the endpoint keeps only what is its own (path, roles, its 200 answer, summary).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class WorkbookUploadBody implements OASFilter {
  @Override
  public Operation filterOperation(Operation operation) {
    APIResponse rowsWrong =
        operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("422");
    if (rowsWrong != null && WorkbookUpload.ROWS_WRONG.equals(rowsWrong.getDescription())) {
      operation.setRequestBody(
          OASFactory.createRequestBody()
              .required(true)
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          Xlsx.MEDIA_TYPE,
                          OASFactory.createMediaType()
                              .schema(
                                  OASFactory.createSchema()
                                      .addType(Schema.SchemaType.STRING)
                                      .format("binary")))));
    }
    return operation;
  }
}
