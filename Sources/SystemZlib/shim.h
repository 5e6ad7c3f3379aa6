// The system's zlib (Debian's zlib1g-dev), for its CRC-32: a zip entry's checksum at the speed of inflation.
#include <zlib.h>
