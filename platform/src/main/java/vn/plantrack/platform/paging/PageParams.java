package vn.plantrack.platform.paging;

import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list endpoint accepts ({@code @BeanParam PageParams}). */
public class PageParams {
  @QueryParam("page")
  @Parameter(description = "Page number, from 0")
  public Integer page;

  @QueryParam("size")
  @Parameter(description = "Page size, 1 to 500 (default 50)")
  public Integer size;

  @QueryParam("sort")
  @Parameter(description = "field,asc or field,desc")
  public String sort;

  public PageRequest toRequest(Set<String> sortable, String defaultSort) {
    return PageRequest.of(page, size, sort, sortable, defaultSort);
  }
}
