/* The floor for parsing YAML on this machine: every .yaml/.yml file under DIR read and
 * run through libyaml's event parser, nothing built, nothing checked. One thread.
 *
 *   cc -O2 bench/yaml_floor.c -lyaml -o yaml_floor && ./yaml_floor DIR
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static unsigned long files, events, failures;

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st;
  (void)ftw;
  size_t n = strlen(path);
  if (type != FTW_F || !((n > 5 && strcmp(path + n - 5, ".yaml") == 0) || (n > 4 && strcmp(path + n - 4, ".yml") == 0)))
    return 0;
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  yaml_parser_t parser;
  yaml_event_t event;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, f);
  for (;;) {
    if (!yaml_parser_parse(&parser, &event)) {
      ++failures;
      break;
    }
    ++events;
    const int done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
    if (done) break;
  }
  yaml_parser_delete(&parser);
  fclose(f);
  ++files;
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: yaml_floor DIR\n");
    return 2;
  }
  if (nftw(argv[1], visit, 16, FTW_PHYS) != 0) return 2;
  fprintf(stderr, "%lu files, %lu events, %lu failures\n", files, events, failures);
  return failures ? 1 : 0;
}
