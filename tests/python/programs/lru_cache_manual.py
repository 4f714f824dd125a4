# ruff: noqa
# an LRU cache built on dict insertion order, used as a memoizing decorator with hit/miss statistics
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value
    def __repr__(self):
        return "LRU(%r)" % list(self.data)
cache = LRU(3)
for k in "abcab":
    if cache.get(k) is None:
        cache.put(k, k.upper())
cache.put("d", "D")
print(cache, cache.hits, cache.misses, cache.get("c"), cache.get("a"))
def lru_cache(maxsize):
    def decorate(fn):
        store = LRU(maxsize)
        def wrapper(*args):
            sentinel = object()
            result = store.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                store.put(args, result)
            return result
        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate
@lru_cache(maxsize=64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, fib.__name__, len(fib.cache.data))
@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x
print([square(v) for v in [1, 2, 1, 3, 1, 2]])
