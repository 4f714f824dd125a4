(import (no such library))
