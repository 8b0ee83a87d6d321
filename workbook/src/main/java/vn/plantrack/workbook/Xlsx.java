package vn.plantrack.workbook;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTTP for workbooks: the media type, and a download answered as an attachment. */
public final class Xlsx {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Xlsx() {}

  /**
   * A workbook download: {@code filename} in ASCII for every client, {@code filename*} in UTF-8 for
   * the ones that show Vietnamese ("Nhiệm vụ.xlsx").
   */
  public static Response download(String asciiName, String name, Download body) {
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok((StreamingOutput) body::write, MEDIA_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded)
        .build();
  }
}
