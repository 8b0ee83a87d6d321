package vn.plantrack.workbook;

import java.io.IOException;
import java.io.OutputStream;

/** A workbook being written to the response ({@link Xlsx#download}). */
@FunctionalInterface
public interface Download {
  void write(OutputStream out) throws IOException;
}
