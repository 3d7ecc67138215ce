import type PDFKit from 'pdfkit';

/**
 * pdfkit, loaded the first time someone downloads a PDF: importing it (with fontkit) at start
 * added 22 MiB to every api process's memory for a feature used a few times a week.
 */
export async function createPdfDocument(options: PDFKit.PDFDocumentOptions): Promise<PDFKit.PDFDocument> {
  const { default: PDFDocument } = await import('pdfkit');
  return new PDFDocument(options);
}
