/* The C part of kit's runtime: the process entry point, the stack limit behind RecursionError,
   the GC's shadow stack, clocks, float <-> text conversions, and GC logging.  Everything else
   a translated program runs is RPython translated with it. */

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

long kit_main(long argc, char **argv);   /* generated */

void *kit_exc_type;
void *kit_exc_value;
char *kit_stack_limit;
void **kit_root_stack_top_ptr;
static void **root_stack_base;
static long program_stack_size;

#define ROOT_STACK_BYTES (256L * 1024 * 1024)
#define STACK_MARGIN (256L * 1024)

void *kit_root_stack_base(void) { return root_stack_base; }
void *kit_root_stack_top(void) { return kit_root_stack_top_ptr; }

struct main_args { int argc; char **argv; int status; };

static void *run_program(void *p) {
    struct main_args *args = p;
    char here;
    kit_stack_limit = &here - program_stack_size + STACK_MARGIN;
    args->status = (int)kit_main(args->argc, args->argv);
    return NULL;
}

int main(int argc, char **argv) {
    /* the program runs on a thread with a large stack (KIT_STACK_MB, default 256 MB) so that
       deeply recursive interpreters reach their own recursion limits before the machine's;
       untouched stack pages cost nothing */
    const char *mb = getenv("KIT_STACK_MB");
    program_stack_size = (mb && atol(mb) > 0 ? atol(mb) : 256L) * 1024 * 1024;
    root_stack_base = mmap(NULL, ROOT_STACK_BYTES, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (root_stack_base == MAP_FAILED) {
        fprintf(stderr, "kit: cannot reserve the GC root stack\n");
        return 1;
    }
    kit_root_stack_top_ptr = root_stack_base;
    struct main_args args = { argc, argv, 1 };
    pthread_attr_t attr;
    pthread_t thread;
    pthread_attr_init(&attr);
    if (pthread_attr_setstacksize(&attr, (size_t)program_stack_size) != 0
            || pthread_create(&thread, &attr, run_program, &args) != 0) {
        /* no thread: run on the main stack with the limit it has */
        struct rlimit rl;
        program_stack_size = 8L * 1024 * 1024;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
            program_stack_size = (long)rl.rlim_cur;
        run_program(&args);
        return args.status;
    }
    pthread_join(thread, NULL);
    return args.status;
}

void kit_fatal(void *rpy_string) {
    (void)rpy_string;
    fprintf(stderr, "Fatal RPython error\n");
    abort();
}

int kit_errno(void) { return errno; }

static double clock_seconds(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double kit_time(void) { return clock_seconds(CLOCK_REALTIME); }
double kit_perf_counter(void) { return clock_seconds(CLOCK_MONOTONIC); }
double kit_monotonic(void) { return clock_seconds(CLOCK_MONOTONIC); }

void kit_sleep(double seconds) {
    if (seconds <= 0) return;
    struct timespec ts;
    ts.tv_sec = (time_t)seconds;
    ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* ---- floats as text ------------------------------------------------------------------------ */

/* Python's repr(): the shortest digits that read back to x, laid out as CPython does. */
static long float_repr(char *buf, long size, double x) {
    if (isnan(x)) return snprintf(buf, size, "nan");
    if (isinf(x)) return snprintf(buf, size, x > 0 ? "inf" : "-inf");
    char tmp[64];
    int precision;
    for (precision = 1; precision <= 17; precision++) {
        snprintf(tmp, sizeof tmp, "%.*e", precision - 1, x);
        if (strtod(tmp, NULL) == x) break;
    }
    /* tmp is [-]d[.ddd]e[+-]XX: split digits and exponent */
    char digits[32];
    int nd = 0, negative = 0;
    char *p = tmp;
    if (*p == '-') { negative = 1; p++; }
    while (*p && *p != 'e') {
        if (*p != '.') digits[nd++] = *p;
        p++;
    }
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    int exponent = atoi(p + 1);
    int decpt = exponent + 1;  /* digits d1 d2 ... represent 0.d1d2... * 10**decpt */
    long n = 0;
    char out[64];
    if (negative) out[n++] = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out[n++] = '0';
            out[n++] = '.';
            for (int i = 0; i < -decpt; i++) out[n++] = '0';
            for (int i = 0; i < nd; i++) out[n++] = digits[i];
        } else {
            for (int i = 0; i < decpt; i++) out[n++] = i < nd ? digits[i] : '0';
            out[n++] = '.';
            if (nd > decpt) {
                for (int i = decpt; i < nd; i++) out[n++] = digits[i];
            } else {
                out[n++] = '0';
            }
        }
    } else {
        out[n++] = digits[0];
        if (nd > 1) {
            out[n++] = '.';
            for (int i = 1; i < nd; i++) out[n++] = digits[i];
        }
        n += sprintf(out + n, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    }
    if (n >= size) n = size - 1;
    memcpy(buf, out, n);
    return n;
}

/* code: 'r' repr, or 'e', 'f', 'g' with a precision (as Python's %-formatting) */
long kit_format_double(char *buf, long size, double x, int code, int precision) {
    if (code == 'r') return float_repr(buf, size, x);
    char fmt[8] = {'%', '.', '*', (char)code, 0};
    long n = snprintf(buf, size, fmt, precision, x);
    if (n >= size) n = size - 1;
    return n;
}

/* Python's float(): whitespace around, underscores between digits, inf/nan words. */
double kit_strtod(const char *s, long n, char *ok) {
    char *clean = malloc(n + 1);
    long start = 0, end = n, m = 0;
    ok[0] = 0;
    if (!clean) return 0.0;
    while (start < end && (s[start] == ' ' || (s[start] >= 9 && s[start] <= 13))) start++;
    while (end > start && (s[end - 1] == ' ' || (s[end - 1] >= 9 && s[end - 1] <= 13))) end--;
    for (long i = start; i < end; i++) {
        if (s[i] == '_') {
            int digit_before = i > start && s[i - 1] >= '0' && s[i - 1] <= '9';
            int digit_after = i + 1 < end && s[i + 1] >= '0' && s[i + 1] <= '9';
            if (!digit_before || !digit_after) { free(clean); return 0.0; }
            continue;
        }
        clean[m++] = s[i];
    }
    clean[m] = 0;
    double result = 0.0;
    if (m > 0 && !(m >= 2 && (clean[m - 1] == 'x' || clean[m - 1] == 'X'))) {
        int hex = 0;
        for (long i = 0; i < m; i++)
            if (clean[i] == 'x' || clean[i] == 'X' || clean[i] == 'p' || clean[i] == 'P') hex = 1;
        if (!hex) {
            char *endp;
            errno = 0;
            result = strtod(clean, &endp);
            if (*endp == 0) ok[0] = 1;
        }
    }
    free(clean);
    return result;
}

/* ---- GC support -------------------------------------------------------------------------- */

/* The nursery's allocation pointer and limit: the inline allocation fast path in the generated
   code bumps kit_nursery[0] while it stays <= kit_nursery[1]; the collector owns both. */
void *kit_nursery[2];
void *kit_gc_nursery_globals(void) { return kit_nursery; }

extern long kit_gc_stress_default;   /* --gc-stress=N, in the generated module */

static int gc_log = -1;
static FILE *gc_log_file;
static double gc_log_started;
static long gc_log_count[2];
static double gc_log_pause[2], gc_log_max_pause;
static long gc_log_peak, gc_log_allocated;

static void gc_log_summary(void) {
    fprintf(gc_log_file,
            "gc: summary: %ld collections (%ld minor, %ld major), total pause %.3f ms "
            "(minor %.3f ms, major %.3f ms, longest %.3f ms), peak heap %ld bytes, %ld bytes allocated\n",
            gc_log_count[0] + gc_log_count[1], gc_log_count[1], gc_log_count[0],
            (gc_log_pause[0] + gc_log_pause[1]) * 1e3, gc_log_pause[1] * 1e3, gc_log_pause[0] * 1e3,
            gc_log_max_pause * 1e3, gc_log_peak, gc_log_allocated);
    fflush(gc_log_file);
}

/* KITLOG=gc logs to stderr, KITLOG=gc:FILE appends to FILE (other sections may follow a comma) */
int kit_gc_log_enabled(void) {
    if (gc_log < 0) {
        const char *spec = getenv("KITLOG");
        gc_log = 0;
        if (spec && strncmp(spec, "gc", 2) == 0 && (spec[2] == 0 || spec[2] == ':' || spec[2] == ',')) {
            gc_log = 1;
            gc_log_file = stderr;
            if (spec[2] == ':') {
                char path[4096];
                size_t n = strcspn(spec + 3, ",");
                if (n >= sizeof path) n = sizeof path - 1;
                memcpy(path, spec + 3, n);
                path[n] = 0;
                gc_log_file = fopen(path, "a");
                if (!gc_log_file) gc_log_file = stderr;
            }
            atexit(gc_log_summary);
        }
    }
    return gc_log;
}

long kit_gc_log_start(void) {
    gc_log_started = clock_seconds(CLOCK_MONOTONIC);
    return 0;
}

/* kind 0: major, 1: minor; allocated: bytes allocated since the program started */
long kit_gc_log_collection(long kind, long before, long after, long count, long allocated) {
    double pause = clock_seconds(CLOCK_MONOTONIC) - gc_log_started;
    kind = kind ? 1 : 0;
    gc_log_count[kind]++;
    gc_log_pause[kind] += pause;
    if (pause > gc_log_max_pause) gc_log_max_pause = pause;
    if (before > gc_log_peak) gc_log_peak = before;
    gc_log_allocated = allocated;
    fprintf(gc_log_file, "gc: %s collection %ld: pause %.3f ms, %ld bytes before, %ld after\n",
            kind ? "minor" : "major", count, pause * 1e3, before, after);
    return 0;
}

long kit_gc_stress(void) {
    const char *value = getenv("KIT_GC_STRESS");
    return value ? atol(value) : kit_gc_stress_default;
}

static long env_bytes(const char *name, long fallback) {
    const char *value = getenv(name);
    if (!value || !*value) return fallback;
    char *end;
    double n = strtod(value, &end);
    switch (*end) {
    case 'k': case 'K': n *= 1024; break;
    case 'm': case 'M': n *= 1024 * 1024; break;
    case 'g': case 'G': n *= 1024.0 * 1024 * 1024; break;
    default: break;
    }
    return n > 0 ? (long)n : fallback;
}

static long default_nursery(void) {
    long l2 = -1;
#ifdef _SC_LEVEL2_CACHE_SIZE
    l2 = sysconf(_SC_LEVEL2_CACHE_SIZE);
#endif
    if (l2 <= 0) return 4L * 1024 * 1024;
    /* a few times the L2 cache (measured on gcbench: fewer minor collections promote fewer
       objects that were about to die), within sane bounds */
    long size = 4 * l2;
    if (size < 1024L * 1024) size = 1024L * 1024;
    if (size > 16L * 1024 * 1024) size = 16L * 1024 * 1024;
    return size;
}

/* 0: nursery bytes (KIT_GC_NURSERY), 1: major collection growth in percent (KIT_GC_GROWTH, a
   factor such as 1.8), 2: old-generation bytes below which no major collection runs (KIT_GC_MIN_HEAP) */
long kit_gc_setting(long which) {
    switch (which) {
    case 0: return env_bytes("KIT_GC_NURSERY", default_nursery());
    case 1: {
        const char *value = getenv("KIT_GC_GROWTH");
        double factor = value ? atof(value) : 1.8;
        if (factor < 1.1) factor = 1.1;
        return (long)(factor * 100);
    }
    case 2: return env_bytes("KIT_GC_MIN_HEAP", 32L * 1024 * 1024);
    default: return 0;
    }
}

void kit_gc_fatal(long code) {
    fprintf(stderr, "Fatal RPython error: %s\n",
            code == 2 ? "MemoryError: out of memory while collecting garbage" : "MemoryError: out of memory in the GC");
    exit(1);
}

long kit_frexp_exponent(double x) {
    int e;
    frexp(x, &e);
    return e;
}

long kit_path_kind(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    if (S_ISREG(st.st_mode))
        return 1;
    if (S_ISDIR(st.st_mode))
        return 2;
    return 3;
}

char *kit_getcwd(void) {
    return getcwd(NULL, 0);
}
