/** Written once in analysis, where the CSV export reads it too: the table and the export say the same words. */
export { actionWords } from '../../analysis';
