package vn.plantrack.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.reporting.ConsolidatedReport;
import vn.plantrack.reporting.ExportJob;
import vn.plantrack.reporting.export.DocumentMapping;
import vn.plantrack.reporting.export.ExportFormat;
import vn.plantrack.reporting.export.Exporters;
import vn.plantrack.reporting.repository.ConsolidatedReportRepository;
import vn.plantrack.reporting.repository.ExportJobRepository;

/**
 * Exports of consolidated reports: directly for a download, or as a job (queued, running with its
 * progress, done with the file kept) for large ones; {@link ExportJobKeeper} bounds, owns and
 * cleans the jobs.
 */
@ApplicationScoped
public class ExportCommands {
  private static final Logger LOG = Logger.getLogger(ExportCommands.class);

  private final ConsolidatedReportQueries consolidated;
  private final ConsolidatedReportCommands consolidation;
  private final ConsolidatedReportRepository reportsToExport;
  private final ExportJobRepository jobs;
  private final Caller caller;
  private final ManagedExecutor executor;
  private final TransactionSynchronizationRegistry transactions;
  private final ExportJobKeeper keeper;
  private final String consolidator;
  private final Map<String, String> provinces = new HashMap<>();

  public ExportCommands(
      ConsolidatedReportQueries consolidated,
      ConsolidatedReportCommands consolidation,
      ConsolidatedReportRepository reportsToExport,
      ExportJobRepository jobs,
      Caller caller,
      ManagedExecutor executor,
      TransactionSynchronizationRegistry transactions,
      ExportJobKeeper keeper,
      @ConfigProperty(name = "plantrack.reporting.consolidator") String consolidator,
      @ConfigProperty(name = "plantrack.reporting.province-names") String provinceNames) {
    this.consolidated = consolidated;
    this.consolidation = consolidation;
    this.reportsToExport = reportsToExport;
    this.jobs = jobs;
    this.caller = caller;
    this.executor = executor;
    this.transactions = transactions;
    this.keeper = keeper;
    this.consolidator = consolidator;
    for (String pair : provinceNames.split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        provinces.put(kv[0].strip(), kv[1].strip());
      }
    }
  }

  /** A finished document. */
  public record File(String name, String mediaType, byte[] bytes) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public File now(UUID reportId, ExportFormat format) {
    ConsolidatedReport report = consolidated.find(reportId);
    return new File(fileName(report, format), format.mediaType, bytes(report, format, p -> {}));
  }

  /** Queues an export job; it runs once this transaction has committed. */
  @Transactional
  public ExportJob start(UUID reportId, ExportFormat format) {
    ConsolidatedReport report = consolidated.find(reportId);
    ExportJob job = new ExportJob();
    job.id = UUID.randomUUID();
    job.province = report.province;
    job.reportId = report.id;
    job.format = format.name();
    job.status = "QUEUED";
    job.createdAt = Instant.now();
    job.createdBy = caller.username();
    keeper.admit(job);
    jobs.persist(job);
    consolidation.recordExport(report, job.format);
    UUID id = job.id;
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.runAsync(() -> run(id));
            }
          }
        });
    return job;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ExportJob job(UUID id) {
    ExportJob job = jobs.findById(id);
    if (job == null) {
      throw ProblemException.notFound("export job", id);
    }
    caller.requireVisible(job.province, "export job", id);
    return job;
  }

  void run(UUID id) {
    try {
      ConsolidatedReport report =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    ExportJob job = jobs.findById(id);
                    job.status = "RUNNING";
                    return reportsToExport.findById(job.reportId);
                  });
      ExportFormat format =
          ExportFormat.valueOf(
              QuarkusTransaction.requiringNew().call(() -> jobs.findById(id).format));
      byte[] bytes =
          bytes(
              report,
              format,
              p ->
                  QuarkusTransaction.requiringNew()
                      .run(() -> jobs.findById(id).progress = Math.min(p, 99)));
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                ExportJob job = jobs.findById(id);
                job.file = bytes;
                job.fileName = fileName(report, format);
                job.progress = 100;
                job.status = "DONE";
                job.finishedAt = Instant.now();
              });
    } catch (RuntimeException e) {
      LOG.errorf(e, "export job %s failed", id);
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                ExportJob job = jobs.findById(id);
                job.status = "FAILED";
                job.error = e.getMessage();
                job.finishedAt = Instant.now();
              });
    }
  }

  private byte[] bytes(
      ConsolidatedReport report, ExportFormat format, java.util.function.IntConsumer progress) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Exporters.write(
          DocumentMapping.from(
              report.content,
              consolidator,
              provinces.getOrDefault(report.province, report.province),
              report.number,
              report.issuedAt,
              report.status),
          format,
          out,
          progress);
    } catch (IOException e) {
      throw new IllegalStateException("export failed: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static String fileName(ConsolidatedReport report, ExportFormat format) {
    return "bao-cao-tong-hop-"
        + report.content.planNumber().replaceAll("[^A-Za-z0-9]+", "-")
        + "-"
        + report.period
        + "-v"
        + report.number
        + "."
        + format.extension;
  }
}
