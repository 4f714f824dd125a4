"""`kit translate`: target module -> annotate -> rtype -> exception and GC transforms -> LLVM IR ->
object file -> executable, with a progress line per stage and a summary at the end.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kit.errors import KitError

GCS = {"marksweep": "gcs.marksweep", "generational": "gcs.generational"}


class Translator:
    """What the stages share: the annotator, rtyper, graphs, and the GC type table."""

    def __init__(self, annotator: Any, rtyper: Any) -> None:
        from kit.transform.gctransform import TypeRegistry
        self.annotator = annotator
        self.rtyper = rtyper
        self.bookkeeper = annotator.bookkeeper
        self.type_registry = TypeRegistry()

    @property
    def graphs(self) -> list:
        return self.annotator.graphs


class Progress:
    def __init__(self, out: Any = None, quiet: bool = False) -> None:
        self.out = out or sys.stderr
        self.quiet = quiet
        self.start = time.perf_counter()
        self.stage_start = self.start
        self.timings: dict[str, float] = {}

    def stage(self, name: str) -> None:
        self.stage_start = time.perf_counter()
        if not self.quiet:
            print(f"[kit] {name} ...", file=self.out, flush=True)

    def done(self, name: str, detail: str = "") -> None:
        elapsed = time.perf_counter() - self.stage_start
        self.timings[name] = elapsed
        if not self.quiet:
            print(f"[kit]   {name}: {detail}{' ' if detail else ''}({elapsed:.2f} s)", file=self.out, flush=True)

    def note(self, text: str) -> None:
        if not self.quiet:
            print(f"[kit]   {text}", file=self.out, flush=True)


DEFAULT_GC = "generational"


def translate_entry_point(entry: Callable, output: Path, opt: int = 2, gc: str = DEFAULT_GC,
                          progress: Progress | None = None, keep_ir: bool = False,
                          gc_stress: int = 0, jit: str | None = None, jit_optional: bool = False) -> dict[str, Any]:
    """Translate `entry(argv) -> int` into the executable `output`; returns statistics.
    jit_optional: a program without a jit_merge_point is translated without the JIT (`kit build`)."""
    from kit.annotator.annrpython import RPythonAnnotator
    from kit.annotator.listdef import ListDef
    from kit.annotator.llrules import annotation_of_lltype
    from kit.annotator.model import SomeAddress, SomeImpossibleValue, SomeInteger, SomeList, SomeString
    from kit.backend.llvm.compile import compile_ir, link
    from kit.backend.llvm.genllvm import ModuleGen
    from kit.rtyper import lltype
    from kit.rtyper.rtyper import RPythonTyper
    from kit.transform.exceptiontransform import transform_all
    from kit.transform.gctransform import GCTransformer
    from kit.transform.inline import inline_small_functions
    from kit.transform.mallocremoval import remove_mallocs
    from kit.transform.stackcheck import insert_stack_checks
    from kit.translator.entry import make_entry_wrapper, make_ll_main

    progress = progress or Progress()
    if gc not in GCS:
        raise KitError(f"unknown garbage collector {gc!r}; choose one of: {', '.join(GCS)}")
    try:
        gc_module = importlib.import_module(GCS[gc])
    except ImportError:
        raise KitError(f"the {gc} garbage collector is not built yet; use --gc marksweep") from None

    progress.stage("annotating")
    annotator = RPythonAnnotator()
    wrapper = make_entry_wrapper(entry)
    s_argv = SomeList(ListDef(annotator.bookkeeper, SomeString(), resized=True))
    # the program's own entry point first, so a wrong result type is reported against it
    s_result = annotator.build_types(entry, [s_argv])
    if not isinstance(s_result, SomeInteger | SomeImpossibleValue):
        desc = annotator.bookkeeper.getdesc(entry)
        raise KitError(f"entry_point must return an int (the exit status), not {s_result.describe()}",
                       desc.location(), desc.name, hint="return 0 for success")
    annotator.build_types(wrapper, [s_argv])
    progress.done("annotating", f"{len(annotator.graphs)} functions")

    progress.stage("rtyping")
    rtyper = RPythonTyper(annotator)
    rtyper.specialize()
    translator = Translator(annotator, rtyper)
    if jit is not None and jit_optional:
        from jit.warmspot import has_merge_point
        if not has_merge_point(list(annotator.graphs)):
            progress.note("the program has no jit_merge_point: translating it without a JIT")
            jit = None
    if jit is not None:
        from jit.warmspot import apply_jit
        progress.done("rtyping", f"{len(annotator.graphs)} graphs lowered")
        progress.stage("making the JIT")
        count = apply_jit(rtyper, translator.type_registry, list(annotator.graphs), backend=jit)
        progress.done("making the JIT", f"{count} jitcodes, {jit} backend")
        progress.stage("rtyping")
    translator.gc_stress = gc_stress   # collect at every Nth allocation unless KIT_GC_STRESS says otherwise
    gc_functions = {}
    for name, (func, argtypes) in gc_module.ENTRY_POINTS.items():
        graph = rtyper.annotate_helper(func, [annotation_of_lltype(T) for T in argtypes], {})
        gc_functions[name] = rtyper.getllfunction(graph)
    wrapper_graph = next(iter(annotator.bookkeeper.getdesc(wrapper).graphs.values()))
    r_argv = rtyper.getrepr(s_argv)
    ll_main = make_ll_main(r_argv.LIST, r_argv.ITEMS, rtyper.getllfunction(wrapper_graph))
    main_graph = rtyper.annotate_helper(ll_main, [SomeInteger(), SomeAddress()], {})
    rtyper.specialize()
    main_fn = rtyper.getllfunction(main_graph)
    main_fn.name = "kit_main"
    progress.done("rtyping", f"{len(annotator.graphs)} graphs lowered")

    progress.stage("transforming")
    graphs = list(annotator.graphs)
    check_graphs(graphs, "after rtyping")
    insert_stack_checks(graphs)
    transform_all(translator, graphs)
    check_graphs(graphs, "after the exception transform")
    inlined = inline_small_functions(graphs)
    check_graphs(graphs, "after inlining")
    # KIT_NO_MALLOC_REMOVAL=1 switches the pass off (to compare, or to rule it out)
    import os
    removed = 0 if os.environ.get("KIT_NO_MALLOC_REMOVAL") else remove_mallocs(graphs)
    check_graphs(graphs, "after malloc removal")
    gct = GCTransformer(translator, gc_functions, gc_module)
    for graph in graphs:
        gct.transform_graph(graph)
    check_graphs(graphs, "after the GC transform")
    progress.done("transforming", f"exceptions, {inlined} calls inlined, {removed} mallocs removed, "
                                  f"GC roots ({gct.roots_pushed} root saves), "
                                  f"{gct.barriers} write barriers ({gct.barriers_elided} elided), gc {gc}")

    progress.stage("generating LLVM IR")
    ir_text = ModuleGen(translator).generate(main_fn)
    nlines = ir_text.count("\n")
    progress.done("generating LLVM IR", f"{nlines} lines")

    with tempfile.TemporaryDirectory(prefix="kit-") as tmp:
        workdir = Path(tmp)
        if keep_ir:
            output.with_suffix(".ll").write_text(ir_text)
        progress.stage(f"compiling with LLVM at -O{opt}")
        timings = compile_ir(ir_text, workdir / "program.o", opt)
        progress.done(f"compiling with LLVM at -O{opt}",
                      f"parse {timings['parse']:.2f} s, optimise {timings['optimise']:.2f} s, "
                      f"codegen {timings['codegen']:.2f} s")
        progress.stage("linking")
        link(workdir / "program.o", output, workdir)
        progress.done("linking")
    del lltype
    total = time.perf_counter() - progress.start
    size = output.stat().st_size
    progress.note(f"done: {output} ({size / 1024:.0f} KiB, {len(graphs)} functions, {nlines} IR lines) "
                  f"in {total:.1f} s")
    return {"functions": len(graphs), "ir_lines": nlines, "seconds": total, "size": size}


def check_graphs(graphs: list, when: str) -> None:
    """With KIT_CHECK_GRAPHS=1 (the tests set it), verify every low-level graph between stages."""
    import os
    if not os.environ.get("KIT_CHECK_GRAPHS"):
        return
    from kit.flow.checker import GraphCheckError, checkgraph
    from kit.rtyper.lloperation import LL_OPERATIONS
    for graph in graphs:
        try:
            checkgraph(graph, LL_OPERATIONS)
        except GraphCheckError as exc:
            raise KitError(f"internal error {when}: {exc}") from None


def translate_target(target: str, output: str | None, opt: int, gc: str = DEFAULT_GC, jit: str | None = None,
                     keep_ir: bool = False, gc_stress: int = 0) -> dict[str, Any]:
    from kit.target import find_entry_point, load_target

    module = load_target(target)
    entry = find_entry_point(module)
    out = Path(output) if output else Path(Path(target).stem)
    return translate_entry_point(entry, out, opt=opt, gc=gc, keep_ir=keep_ir, gc_stress=gc_stress, jit=jit)
