"""grocy ``migrations/0089.sql``: creates trigger remove_recipe_from_meal_plans; deletes
from meal_plan.
"""

from edi_migrations.changes import AddRows, DeleteRows

# Meal plan entries whose recipe no longer exists are deleted on purpose. As each leaves,
# the meal plan's own AFTER DELETE trigger (0073) re-creates the day's and the week's
# internal recipes, and their nestings, under new ids: new rows, the app's doing.
CHANGES = (
    DeleteRows("meal_plan", where="recipe_id NOT IN (SELECT id FROM recipes)"),
    AddRows("recipes"),
    AddRows("recipes_nestings"),
)



def upgrade(conn):
    conn.executescript(
        r'''
CREATE TRIGGER remove_recipe_from_meal_plans AFTER DELETE ON recipes
BEGIN
	DELETE FROM meal_plan
	WHERE recipe_id = OLD.id;
END;

-- Delete all recipes from the meal plan which doesn't exist anymore
DELETE FROM meal_plan
WHERE recipe_id NOT IN (SELECT id FROM recipes);
'''
    )
