/* The JIT's way to LLVM at run time: load libllvmlite.so on demand (dlopen; its LLVMPY_* C API),
   turn a trace's IR text into machine code with MCJIT, and call that code.  Linked into every
   translated program; only programs translated with `--jit llvm` call it. */

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *kit_exc_type;
extern void *kit_exc_value;
extern void **kit_root_stack_top_ptr;
extern void *kit_nursery[2];

typedef void *ref;

static struct {
    void (*InitializeNativeTarget)(void);
    void (*InitializeNativeAsmPrinter)(void);
    void (*LinkInMCJIT)(void);
    void (*GetProcessTriple)(const char **);
    void (*GetHostCPUName)(const char **);
    ref (*GetTargetFromTriple)(const char *, const char **);
    ref (*CreateTargetMachine)(ref, const char *, const char *, const char *, int, const char *,
                               const char *, int, int, const char *);
    ref (*ContextCreate)(void);
    ref (*ParseAssembly)(ref, const char *, const char **);
    int (*VerifyModule)(ref, const char **);
    ref (*CreateMCJITCompiler)(ref, ref, int, const char **);
    void (*AddModule)(ref, ref);
    void (*FinalizeObject)(ref);
    unsigned long long (*GetFunctionAddress)(ref, const char *);
    void (*DisposeString)(const char *);
} llvm;

static void *library;
static ref context, engine;
/* hot loops are compiled again with LLVM's optimizing code generator, by a second engine made
   when the first one is asked for */
static ref optimizing_engine;
static ref llvm_target;
static const char *llvm_triple, *llvm_cpu;
static char error_text[4096];

static void set_error(const char *what, const char *detail) {
    snprintf(error_text, sizeof error_text, "%s%s%s", what, detail ? ": " : "", detail ? detail : "");
}

/* the text of the last failure (loading or compiling) */
const char *kit_jit_llvm_error(void) { return error_text; }

static int bind(void **slot, const char *name) {
    *slot = dlsym(library, name);
    if (!*slot) {
        set_error("libllvmlite.so lacks", name);
        return 0;
    }
    return 1;
}

/* 1 when the library at `path` (or $KIT_LLVMLITE) is loaded and an MCJIT engine exists; 0 with
   kit_jit_llvm_error() saying why.  Loading is tried once. */
long kit_jit_llvm_load(const char *path, long codegen_opt) {
    static int tried;
    if (engine) return 1;
    if (tried) return 0;
    tried = 1;
    const char *override = getenv("KIT_LLVMLITE");
    if (override && *override) path = override;
    library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        set_error("cannot load libllvmlite.so", dlerror());
        return 0;
    }
    if (!(bind((void **)&llvm.InitializeNativeTarget, "LLVMPY_InitializeNativeTarget")
          && bind((void **)&llvm.InitializeNativeAsmPrinter, "LLVMPY_InitializeNativeAsmPrinter")
          && bind((void **)&llvm.LinkInMCJIT, "LLVMPY_LinkInMCJIT")
          && bind((void **)&llvm.GetProcessTriple, "LLVMPY_GetProcessTriple")
          && bind((void **)&llvm.GetHostCPUName, "LLVMPY_GetHostCPUName")
          && bind((void **)&llvm.GetTargetFromTriple, "LLVMPY_GetTargetFromTriple")
          && bind((void **)&llvm.CreateTargetMachine, "LLVMPY_CreateTargetMachine")
          && bind((void **)&llvm.ContextCreate, "LLVMPY_ContextCreate")
          && bind((void **)&llvm.ParseAssembly, "LLVMPY_ParseAssembly")
          && bind((void **)&llvm.VerifyModule, "LLVMPY_VerifyModule")
          && bind((void **)&llvm.CreateMCJITCompiler, "LLVMPY_CreateMCJITCompiler")
          && bind((void **)&llvm.AddModule, "LLVMPY_AddModule")
          && bind((void **)&llvm.FinalizeObject, "LLVMPY_FinalizeObject")
          && bind((void **)&llvm.GetFunctionAddress, "LLVMPY_GetFunctionAddress")
          && bind((void **)&llvm.DisposeString, "LLVMPY_DisposeString")))
        return 0;
    llvm.InitializeNativeTarget();
    llvm.InitializeNativeAsmPrinter();
    llvm.LinkInMCJIT();
    const char *triple = NULL, *cpu = NULL, *err = NULL;
    llvm.GetProcessTriple(&triple);
    llvm.GetHostCPUName(&cpu);
    ref target = llvm.GetTargetFromTriple(triple, &err);
    if (!target) {
        set_error("no LLVM target for this machine", err);
        return 0;
    }
    llvm_target = target;
    llvm_triple = triple;
    llvm_cpu = cpu;
    ref machine = llvm.CreateTargetMachine(target, triple, cpu, "", (int)codegen_opt, "default",
                                           "jitdefault", 0, 1, "");
    if (!machine) {
        set_error("cannot create an LLVM target machine", NULL);
        return 0;
    }
    context = llvm.ContextCreate();
    ref empty = llvm.ParseAssembly(context, "", &err);
    if (!empty) {
        set_error("cannot make an empty LLVM module", err);
        return 0;
    }
    engine = llvm.CreateMCJITCompiler(empty, machine, 0, &err);
    if (!engine) {
        set_error("cannot create the MCJIT engine", err);
        return 0;
    }
    return 1;
}

static ref make_optimizing_engine(void) {
    const char *err = NULL;
    ref machine = llvm.CreateTargetMachine(llvm_target, llvm_triple, llvm_cpu, "", 2, "default",
                                           "jitdefault", 0, 1, "");
    if (!machine) {
        set_error("cannot create an optimizing LLVM target machine", NULL);
        return NULL;
    }
    ref empty = llvm.ParseAssembly(context, "", &err);
    if (!empty) {
        set_error("cannot make an empty LLVM module", err);
        return NULL;
    }
    ref made = llvm.CreateMCJITCompiler(empty, machine, 0, &err);
    if (!made) set_error("cannot create the optimizing MCJIT engine", err);
    return made;
}

/* Compile one module of IR text (optimized: with LLVM's code generator at -O2, for hot loops);
   the address of its function `name`, or 0 (see the error). */
long kit_jit_llvm_compile(const char *ir, const char *name, long optimized) {
    const char *err = NULL;
    if (!engine) {
        set_error("the LLVM library is not loaded", NULL);
        return 0;
    }
    ref target_engine = engine;
    if (optimized) {
        if (!optimizing_engine) optimizing_engine = make_optimizing_engine();
        if (!optimizing_engine) return 0;
        target_engine = optimizing_engine;
    }
    ref module = llvm.ParseAssembly(context, ir, &err);
    if (!module) {
        set_error("LLVM rejected the IR", err);
        return 0;
    }
    if (llvm.VerifyModule(module, &err)) {
        set_error("LLVM's verifier rejected the IR", err);
        return 0;
    }
    llvm.AddModule(target_engine, module);
    llvm.FinalizeObject(target_engine);
    long address = (long)llvm.GetFunctionAddress(target_engine, name);
    if (!address) set_error("MCJIT lost the function", name);
    return address;
}

/* Run compiled code: every piece of a loop or bridge takes the jitframe and returns the number of
   the exit it left by. */
long kit_jit_call(long code, long *frame) {
    long (*piece)(long *) = (long (*)(long *))code;
    return piece(frame);
}

/* The runtime's globals compiled code reads and writes (baked into the IR as addresses). */
long kit_jit_global_address(long which) {
    switch (which) {
    case 0: return (long)&kit_exc_type;
    case 1: return (long)&kit_exc_value;
    case 2: return (long)&kit_root_stack_top_ptr;
    case 3: return (long)&kit_nursery[0];
    default: return 0;
    }
}

/* ---- KITLOG=jit: the summary at exit ----------------------------------------------------------
   The translated JIT (jit/metainterp/jitlog.py) reports each compiled trace, abort and guard
   failure here; when it enabled the summary (KITLOG names jit), the counts, the compile times and
   the share of the run spent compiling go to the JIT log (stderr or KITLOG=jit:FILE) at exit, after
   everything else. */

#include <time.h>

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double process_started;
__attribute__((constructor)) static void note_process_start(void) { process_started = seconds_now(); }

#define MAX_REASONS 32
static struct {
    int enabled;
    int fd;                     /* where the summary goes: the KITLOG=jit log (stderr or FILE) */
    long loops, bridges, aborts, failures, guard_failures, blackholes, recompiled;
    double recompile_seconds;   /* hot loops and bridges compiled again at -O2 */
    double *times;              /* per compiled trace: optimizer + backend, in seconds */
    long ntimes, capacity;
    double backend, tracing;    /* totals: the backend's (LLVM) part; recording traces */
    char *reasons[MAX_REASONS]; /* abort reasons, each with its count */
    long reason_counts[MAX_REASONS];
    long nreasons;
} jitstats;

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void jit_summary(void) {
    double total = 0, median = 0;
    for (long i = 0; i < jitstats.ntimes; i++) total += jitstats.times[i];
    if (jitstats.ntimes) {
        qsort(jitstats.times, (size_t)jitstats.ntimes, sizeof(double), compare_doubles);
        long mid = jitstats.ntimes / 2;
        median = jitstats.ntimes % 2 ? jitstats.times[mid] : (jitstats.times[mid - 1] + jitstats.times[mid]) / 2;
    }
    double run = seconds_now() - process_started;
    dprintf(jitstats.fd, "jit: summary: %ld loops, %ld bridges, %ld aborts, %ld not compiled, %ld guard failures, "
            "%ld blackhole runs\n", jitstats.loops, jitstats.bridges, jitstats.aborts, jitstats.failures,
            jitstats.guard_failures, jitstats.blackholes);
    for (long i = 0; i < jitstats.nreasons; i++)
        dprintf(jitstats.fd, "jit: aborted %ld times: %s\n", jitstats.reason_counts[i], jitstats.reasons[i]);
    dprintf(jitstats.fd, "jit: compile time: %ld traces, total %.3f ms, median %.3f ms per trace (backend %.3f ms), "
            "tracing %.3f ms\n", jitstats.ntimes, total * 1e3, median * 1e3, jitstats.backend * 1e3,
            jitstats.tracing * 1e3);
    if (jitstats.recompiled)
        dprintf(jitstats.fd, "jit: %ld hot loops and bridges compiled again at -O2 in %.3f ms\n", jitstats.recompiled,
                jitstats.recompile_seconds * 1e3);
    dprintf(jitstats.fd, "jit: run time %.3f s, %.1f%% compiling, %.1f%% tracing\n", run,
            run > 0 ? 100 * (total + jitstats.recompile_seconds) / run : 0.0,
            run > 0 ? 100 * jitstats.tracing / run : 0.0);
}

/* the JIT is set up and KITLOG names it: print the summary at exit (once) into the log's file
   descriptor */
void kit_jit_stats_enable(long fd) {
    if (!jitstats.enabled) {
        jitstats.enabled = 1;
        jitstats.fd = (int)fd;
        atexit(jit_summary);
    }
}

/* a trace became code: kind 0 a loop, 1 a bridge; seconds from the optimizer on, of which the
   backend took backend_seconds */
void kit_jit_stats_compiled(long kind, double seconds, double backend_seconds) {
    if (kind) jitstats.bridges++; else jitstats.loops++;
    if (jitstats.ntimes == jitstats.capacity) {
        long capacity = jitstats.capacity ? 2 * jitstats.capacity : 64;
        double *times = realloc(jitstats.times, (size_t)capacity * sizeof(double));
        if (!times) return;
        jitstats.times = times;
        jitstats.capacity = capacity;
    }
    jitstats.times[jitstats.ntimes++] = seconds;
    jitstats.backend += backend_seconds;
}

/* a hot loop or bridge was compiled again by the optimizing code generator in `seconds` */
void kit_jit_stats_recompiled(double seconds) {
    jitstats.recompiled++;
    jitstats.recompile_seconds += seconds;
}

/* time spent recording a trace (whether it is compiled or aborted) */
void kit_jit_stats_tracing(double seconds) { jitstats.tracing += seconds; }

/* tracing stopped for `reason` (a C string, copied) */
void kit_jit_stats_abort(const char *reason) {
    jitstats.aborts++;
    for (long i = 0; i < jitstats.nreasons; i++) {
        if (strcmp(jitstats.reasons[i], reason) == 0) {
            jitstats.reason_counts[i]++;
            return;
        }
    }
    if (jitstats.nreasons < MAX_REASONS) {
        char *copy = strdup(reason);
        if (!copy) return;
        jitstats.reasons[jitstats.nreasons] = copy;
        jitstats.reason_counts[jitstats.nreasons++] = 1;
    }
}

/* what = 0: a trace the backend could not compile; 1: a guard failed; 2: a blackhole run */
void kit_jit_stats_count(long what) {
    if (what == 0) jitstats.failures++;
    else if (what == 1) jitstats.guard_failures++;
    else jitstats.blackholes++;
}
