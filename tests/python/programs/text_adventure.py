# ruff: noqa
# a text adventure driven by a scripted command list: rooms as a graph, an inventory, a command parser with
# synonyms, match statements on parsed commands, state machine for doors and a scoring system
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["knife", "bread"]},
    "attic": {"desc": "a cramped attic", "exits": {"down": "library"}, "items": ["chest"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["wine"]},
}
LOCKED = {("kitchen", "down"): "key"}
HEAVY = {"chest"}
SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
            "get": "take", "grab": "take", "drop": "put", "inv": "inventory", "i": "inventory", "l": "look"}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.score = 0
        self.visited = {"hall"}
        self.moves = 0
        self.lit = False
        self.chest_open = False
        self.over = False
    def parse(self, line):
        words = [SYNONYMS.get(w, w) for w in line.lower().split() if w not in ("the", "a", "an", "to")]
        if words and words[0] in ("north", "south", "east", "west", "up", "down"):
            words = ["go"] + words
        return words
    def say(self, text):
        print("  " + text)
    def do(self, line):
        self.moves += 1
        print("> " + line)
        match self.parse(line):
            case []:
                self.say("Say something.")
            case ["look"]:
                self.look()
            case ["go", direction]:
                self.go(direction)
            case ["take", "all"]:
                for item in list(ROOMS[self.room]["items"]):
                    self.take(item)
            case ["take", item]:
                self.take(item)
            case ["put", item]:
                if item in self.inventory:
                    self.inventory.remove(item)
                    ROOMS[self.room]["items"].append(item)
                    self.say("Dropped %s." % item)
                else:
                    self.say("You don't have %s." % item)
            case ["inventory"]:
                self.say("You carry: " + (", ".join(sorted(self.inventory)) or "nothing"))
            case ["light", "lamp"] if "lamp" in self.inventory:
                self.lit = True
                self.say("The lamp glows.")
            case ["light", *_]:
                self.say("You have nothing to light.")
            case ["open", "chest"] if self.room == "attic":
                if "knife" in self.inventory:
                    self.chest_open = True
                    self.score += 50
                    self.say("You pry the chest open with the knife: treasure!")
                else:
                    self.say("The chest is stuck.")
            case ["eat", ("bread" | "wine") as food] if food in self.inventory:
                self.inventory.remove(food)
                self.score += 5
                self.say("Delicious %s." % food)
            case ["score"]:
                self.say("Score %d in %d moves, visited %d rooms." % (self.score, self.moves, len(self.visited)))
            case ["quit"]:
                self.over = True
                self.say("Bye.")
            case [verb, *rest]:
                self.say("I don't know how to %s%s." % (verb, " " + " ".join(rest) if rest else ""))
    def look(self):
        room = ROOMS[self.room]
        if self.room == "cellar" and not self.lit:
            self.say("It is pitch dark.")
            return
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        self.say("You are in %s. You see: %s. Exits: %s." % (room["desc"], items, exits))
    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            self.say("You can't go %s." % direction)
            return
        need = LOCKED.get((self.room, direction))
        if need and need not in self.inventory:
            self.say("The way %s is locked." % direction)
            return
        self.room = exits[direction]
        if self.room not in self.visited:
            self.visited.add(self.room)
            self.score += 10
        self.look()
    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            self.say("There is no %s here." % item)
        elif item in HEAVY:
            self.say("The %s is too heavy." % item)
        elif len(self.inventory) >= 4:
            self.say("Your hands are full.")
        else:
            items.remove(item)
            self.inventory.append(item)
            self.score += 1
            self.say("Taken: %s." % item)
script = ["look", "take lamp", "n", "get all", "u", "open the chest", "take chest", "d", "s", "e", "grab knife",
          "take bread", "d", "drop book", "take knife", "d", "look", "light lamp", "look", "take wine", "i", "eat wine",
          "eat bread", "u", "w", "n", "u", "open chest", "dance wildly", "", "go sideways", "score", "quit"]
game = Game()
for command in script:
    game.do(command)
    if game.over:
        break
print(game.score, game.moves, sorted(game.visited), sorted(game.inventory), game.chest_open)
print({name: room["items"] for name, room in ROOMS.items()})
