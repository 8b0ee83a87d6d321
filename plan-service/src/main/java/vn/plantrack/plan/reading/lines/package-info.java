/**
 * The text of a plan as numbered, normalized lines ({@link
 * vn.plantrack.plan.reading.lines.SourceLines}), the shapes every reader recognizes on them
 * (numbering {@link vn.plantrack.plan.reading.lines.Codes}, {@link
 * vn.plantrack.plan.reading.lines.Headings}, {@link vn.plantrack.plan.reading.lines.Paragraphs}),
 * and the {@link vn.plantrack.plan.reading.lines.ImportWarning}s pinned to a line.
 */
package vn.plantrack.plan.reading.lines;
