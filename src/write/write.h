/* write: output formats for coded documents. The public entry points are
 * pl_write_jsonl and pl_write_tsv (parley.h); this header adds the names of
 * enumerations as they appear in every format. */
#ifndef PL_WRITE_H
#define PL_WRITE_H

#include "parley.h"

const char *write_modality_name(pl_modality m);
/* A date's precision as the store and exports name it: "day", "month", "year". */
const char *write_precision_name(pl_precision p);
/* Where an event's date came from: "text", "context" or "article". */
const char *write_date_source_name(int date_from_text);
/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision; out needs 11 bytes. */
void write_date(int32_t day, pl_precision p, char out[11]);

#endif
