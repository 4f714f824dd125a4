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

/* Compile one module of IR text; the address of its function `name`, or 0 (see the error). */
long kit_jit_llvm_compile(const char *ir, const char *name) {
    const char *err = NULL;
    if (!engine) {
        set_error("the LLVM library is not loaded", NULL);
        return 0;
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
    llvm.AddModule(engine, module);
    llvm.FinalizeObject(engine);
    long address = (long)llvm.GetFunctionAddress(engine, name);
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
