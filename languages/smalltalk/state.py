"""The one VM state object: well-known objects and classes, symbols, globals and the class path.

It is a prebuilt instance (RPython forbids rebinding module globals at run time); bootstrap fills
its attributes, and `reset` empties them so tests can run many programs in one process.
"""


class VMState:
    # For the JIT, which folds reads of these from the one VMState: nil, true and false are set
    # once, at import time (objects.py); the core classes and the system object by bootstrap,
    # before any SOM code runs, so before any trace is made.
    _immutable_fields_ = ['nilobj', 'trueobj', 'falseobj', 'systemobj', 'object_class', 'class_class',
                          'metaclass_class', 'nil_class', 'boolean_class', 'true_class', 'false_class',
                          'integer_class', 'double_class', 'string_class', 'symbol_class', 'array_class',
                          'method_class', 'primitive_class', 'block_class', 'block1_class', 'block2_class',
                          'block3_class', 'system_class']

    def __init__(self) -> None:
        # nil, true and false: made once when objects.py is imported (so they are never None at
        # run time); every bootstrap gives them the classes of its fresh world
        self.nilobj = None
        self.trueobj = None
        self.falseobj = None
        self.reset()

    def reset(self) -> None:
        self.systemobj = None
        # core classes (W_Class), filled by universe.bootstrap
        self.object_class = None
        self.class_class = None
        self.metaclass_class = None
        self.nil_class = None
        self.boolean_class = None
        self.true_class = None
        self.false_class = None
        self.integer_class = None
        self.double_class = None
        self.string_class = None
        self.symbol_class = None
        self.array_class = None
        self.method_class = None
        self.primitive_class = None
        self.block_class = None
        self.block1_class = None
        self.block2_class = None
        self.block3_class = None
        self.system_class = None
        # interned symbols: text -> W_Symbol
        self.symbols = {}
        # globals: name -> Association (the association object is stable, so nodes can cache it)
        self.globals = {}
        self.classpath = []
        # names of the classes being parsed right now (to reject cyclic inheritance)
        self.loading = {}
        self.start_time = 0.0
        self.random_seed = 74755


vm = VMState()
