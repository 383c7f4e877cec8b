/** Brazilian Portuguese messages (same keys as en.ts). */
import en from './en.ts';

export default en;
