/**
 * Reads the text of a published plan into a structured draft, in plain Java.
 *
 * <p>Coordinators paste a plan as the legal-documents portal prints it, as Word copies it, or as
 * OCR reads a scan. The same plan then comes as tables whose cells are separated by "|" with rows
 * broken over lines, by tabs, one cell per line, or as prose items with labelled lines; with or
 * without diacritics. The pipeline reads structure only, keeping every text as printed; resolving
 * organizations, reading deadlines and targets is done later from these texts.
 *
 * <ol>
 *   <li>{@link vn.plantrack.plan.reading.lines.SourceLines}: the text as numbered, normalized
 *       lines; line numbers travel with every record and warning. Keywords are matched on the
 *       folded text (lower case, no diacritics), so "PHU LUC" = "PHỤ LỤC", with the keywords OCR
 *       misspells put right ({@link vn.plantrack.plan.reading.lines.OcrSpelling}: "S6:", "Ké hoach
 *       sq"); converters' debris ("[bookmark: …]", field codes) reads as a blank line. Word, PDF
 *       and scans become this text in {@code vn.plantrack.plan.documents}, outside this package.
 *   <li>{@link vn.plantrack.plan.reading.header.HeaderReader}: number, issuer, place and date,
 *       document type, title, the documents implemented and superseded, signer; with {@link
 *       vn.plantrack.plan.reading.header.ReportingRuleReader}, the reporting rules of "Tổ chức thực
 *       hiện".
 *   <li>{@link vn.plantrack.plan.reading.rows.LayoutDetector}: which rendering a block uses ({@link
 *       vn.plantrack.plan.reading.rows.Layout}), by evidence: separators, header cell lines,
 *       labelled lines.
 *   <li>{@link vn.plantrack.plan.reading.rows.RowSplitter} per layout ({@link
 *       vn.plantrack.plan.reading.rows.SeparatedRowSplitter}, {@link
 *       vn.plantrack.plan.reading.rows.CellPerLineRowSplitter}, {@link
 *       vn.plantrack.plan.reading.rows.ProseItemSplitter}): logical rows of cells, re-joining cells
 *       broken across lines; a row that does not fit its header is a warning, never dropped.
 *   <li>{@link vn.plantrack.plan.reading.rows.ColumnMapper}: what each column holds, from the
 *       folded words of its header, in any order.
 *   <li>{@link vn.plantrack.plan.reading.TaskReader} and {@link
 *       vn.plantrack.plan.reading.IndicatorReader}, with {@link
 *       vn.plantrack.plan.reading.CodeSequence} checking the numbering and {@link
 *       vn.plantrack.plan.reading.OrganizationNames} cutting organization cells into names:
 *       sections, tasks and sub-tasks, indicators and their groups. Where a block holds no table
 *       and no labelled prose, {@link vn.plantrack.plan.reading.SentenceTaskReader} reads the tasks
 *       a tasks chapter writes as one numbered sentence each ("1. Sở Tài chính chủ trì, phối hợp
 *       với … rà soát …, hoàn thành trong quý III năm 2026."). A numbered or lettered line of a
 *       tasks section read as nothing is an UNREAD_LINE warning.
 *   <li>{@link vn.plantrack.plan.reading.PlanDocumentReader}: the facade returning an {@link
 *       vn.plantrack.plan.reading.ImportedPlan} with the {@link
 *       vn.plantrack.plan.reading.lines.ImportWarning}s a person should check (each with its source
 *       line, an English message and an excerpt) and the counts.
 * </ol>
 *
 * <p>Where things are: this package holds the facade, what it returns, and the readers that turn
 * rows into tasks and indicators; {@code lines} the text as numbered lines, the shapes found on
 * them (codes, headings, paragraphs) and the warnings pinned to a line; {@code header} what the
 * plan says about itself; {@code rows} the tables: layout, rows and columns. {@code header} and
 * {@code rows} use only {@code lines}; nothing uses this package from below (ArchitectureTest).
 *
 * <p>Nothing here is keyed to one document: the rules follow the conventions of Vietnamese
 * administrative documents, explained where they are applied.
 */
package vn.plantrack.plan.reading;
