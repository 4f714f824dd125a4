"""Compile LLVM IR text with llvmlite (parse, verify, optimise, emit an object file) and link it
with the C runtime into an executable that needs only libc and libm.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from kit.errors import KitError

RUNTIME_C = Path(__file__).with_name("runtime.c")
JITGLUE_C = Path(__file__).with_name("jitglue.c")   # the run-time JIT's access to libllvmlite.so


def find_cc() -> str:
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if not cc:
        raise KitError("no C compiler found (looked for $CC, cc, gcc, clang)",
                       hint="install one, e.g. `sudo apt install gcc`")
    return cc


def compile_ir(ir_text: str, object_path: Path, opt: int) -> dict[str, float]:
    import llvmlite.binding as llvm
    timings = {}
    start = time.perf_counter()
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    try:
        module = llvm.parse_assembly(ir_text)
        module.verify()
    except RuntimeError as exc:
        dump = object_path.with_suffix(".ll")
        dump.write_text(ir_text)
        raise KitError(f"internal error: the generated LLVM IR is invalid ({str(exc).strip()[:400]}); "
                       f"the IR is in {dump}") from None
    timings["parse"] = time.perf_counter() - start
    target = llvm.Target.from_default_triple()
    machine = target.create_target_machine(opt=opt, reloc="pic", codemodel="default")
    module.triple = llvm.get_process_triple()
    module.data_layout = str(machine.target_data)
    start = time.perf_counter()
    if opt > 0:
        tuning = llvm.create_pipeline_tuning_options(speed_level=opt)
        builder = llvm.create_pass_builder(machine, tuning)
        builder.getModulePassManager().run(module, builder)
    timings["optimise"] = time.perf_counter() - start
    start = time.perf_counter()
    object_path.write_bytes(machine.emit_object(module))
    timings["codegen"] = time.perf_counter() - start
    return timings


def link(object_path: Path, output: Path, workdir: Path) -> float:
    start = time.perf_counter()
    cc = find_cc()
    runtime_o = workdir / "kit_runtime.o"
    glue_o = workdir / "kit_jitglue.o"
    run([cc, "-O2", "-c", str(RUNTIME_C), "-o", str(runtime_o)])
    run([cc, "-O2", "-c", str(JITGLUE_C), "-o", str(glue_o)])
    run([cc, str(object_path), str(runtime_o), str(glue_o), "-o", str(output), "-lm", "-lpthread", "-ldl"])
    return time.perf_counter() - start


def run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise KitError(f"`{' '.join(cmd)}` failed:\n{proc.stderr.strip()}")
