/*
 * The bare tokenizer baseline: a libxml2 SAX2 push-parser pass over an XML file that only counts
 * start elements, reading 1 MiB chunks. Prints the count; exits 1 if the file is not well-formed.
 * The internal DTD subset is parsed; no external DTD or entity is loaded, nothing is validated.
 *
 * Build: gcc -O2 $(xml2-config --cflags) -o libxml2_count libxml2_count.c $(xml2-config --libs)
 * Usage: ./libxml2_count export.xml
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>

#define CHUNK (1 << 20)

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes,
                     int nb_defaulted, const xmlChar **attributes) {
    (void)localname; (void)prefix; (void)uri; (void)nb_namespaces; (void)namespaces;
    (void)nb_attributes; (void)nb_defaulted; (void)attributes;
    ++*(unsigned long long *)ctx;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.xml\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    LIBXML_TEST_VERSION

    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;

    unsigned long long count = 0;
    char *buf = malloc(CHUNK);
    size_t n = fread(buf, 1, 4, f);
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, &count, buf, (int)n, argv[1]);
    if (!ctxt) {
        fprintf(stderr, "error: could not create the parser\n");
        return 2;
    }
    /* No network, no external DTD (XML_PARSE_DTDLOAD is off), no entity substitution. */
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_HUGE);

    int err = 0;
    while (!err && (n = fread(buf, 1, CHUNK, f)) > 0)
        err = xmlParseChunk(ctxt, buf, (int)n, 0);
    if (!err)
        err = xmlParseChunk(ctxt, NULL, 0, 1);
    int ok = !err && ctxt->wellFormed;
    if (!ok) {
        const xmlError *e = xmlCtxtGetLastError(ctxt);
        fprintf(stderr, "error: %s is not well-formed (line %d): %s", argv[1], e ? e->line : 0,
                e && e->message ? e->message : "unknown error\n");
    }
    xmlFreeParserCtxt(ctxt);
    xmlCleanupParser();
    free(buf);
    fclose(f);
    if (!ok)
        return 1;
    printf("%llu\n", count);
    return 0;
}
